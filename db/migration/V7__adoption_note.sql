-- Who adopted a solution as the recommended practice, when, and why.
alter table solution add column adoption_note text;
alter table solution add column adopted_by bigint references user_account (id);
alter table solution add column adopted_at timestamptz;
