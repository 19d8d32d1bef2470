-- Curation (issue 5): merging scenarios, duplicate candidates, tag vocabulary, content health, audit.

-- A merged scenario redirects to the one it was merged into.
alter table scenario add column merged_into_id bigint references scenario (id);

-- One merge of a duplicate (source) into a scenario (target), with what is needed to undo it.
create table scenario_merge (
    id                     bigserial primary key,
    target_id              bigint       not null references scenario (id),
    source_id              bigint       not null references scenario (id),
    merged_by              bigint       not null references user_account (id),
    merged_at              timestamptz  not null,
    source_status_before   varchar(20)  not null,
    -- the target's template fields before the merge
    target_title           varchar(200) not null,
    target_situation       text         not null,
    target_category_id     bigint,
    target_channel_id      bigint,
    target_business_line_id bigint,
    target_frequency       varchar(20),
    target_severity        varchar(20),
    target_kpi_ids         bigint[]     not null,
    target_tag_ids         bigint[]     not null,
    moved_solution_ids     bigint[]     not null,
    moved_comment_ids      bigint[]     not null,
    -- a solution of the source that was adopted there, un-adopted because the target had one
    unadopted_solution_id  bigint,
    undone_by              bigint references user_account (id),
    undone_at              timestamptz
);

create index scenario_merge_target on scenario_merge (target_id);
create index scenario_merge_source on scenario_merge (source_id);

-- Likely duplicate pairs, found by the search engine or flagged by people; scenario_a < scenario_b.
create table duplicate_candidate (
    id          bigserial primary key,
    scenario_a  bigint      not null references scenario (id),
    scenario_b  bigint      not null references scenario (id),
    score       real,
    status      varchar(20) not null default 'OPEN' check (status in ('OPEN', 'DISMISSED', 'MERGED')),
    decided_by  bigint references user_account (id),
    decided_at  timestamptz,
    created_at  timestamptz not null,
    unique (scenario_a, scenario_b),
    check (scenario_a < scenario_b)
);

create table duplicate_flag (
    id             bigserial primary key,
    scenario_id    bigint      not null references scenario (id),
    duplicate_of   bigint      not null references scenario (id),
    flagged_by     bigint      not null references user_account (id),
    created_at     timestamptz not null,
    unique (scenario_id, duplicate_of, flagged_by)
);

-- Whether the whole catalogue was ever compared (the queue scans it on first use).
create table duplicate_scan (
    id          int primary key check (id = 1),
    scanned_at  timestamptz not null
);

-- Tag vocabulary: a tag merged into another keeps its row, so old links can redirect.
alter table tag drop constraint tag_status_check;
alter table tag add constraint tag_status_check check (status in ('ACTIVE', 'PROPOSED', 'RETIRED', 'MERGED'));
alter table tag add column merged_into_id bigint references tag (id);

-- Every editor and admin action, with who, when, what and the state before and after.
create table audit_entry (
    id           bigserial primary key,
    actor_id     bigint references user_account (id),
    action       varchar(40)  not null,
    target_type  varchar(20)  not null,
    target_id    bigint       not null,
    before_state jsonb,
    after_state  jsonb,
    at           timestamptz  not null
);

create index audit_entry_at on audit_entry (at desc);
create index audit_entry_action on audit_entry (action, at desc);
create index audit_entry_actor on audit_entry (actor_id, at desc);

-- Content health: how often a category's scenarios must be confirmed (null: inherit, 180 days at the top).
alter table category add column review_interval_days integer check (review_interval_days between 1 and 3650);

-- Every published scenario has an owner who keeps it right, and was last confirmed at some time.
alter table scenario add column owner_id bigint references user_account (id);
alter table scenario add column last_reviewed_at timestamptz;
alter table scenario add column review_reminded_at timestamptz;
update scenario set owner_id = author_id;
update scenario set last_reviewed_at = coalesce(published_at, updated_at) where status = 'PUBLISHED';

-- Merging two solutions of one scenario: the merged one stays (its revisions refer to it), hidden,
-- and its author is credited on the kept one.
alter table solution add column merged_into_id bigint references solution (id);
create table solution_contributor (
    solution_id  bigint not null references solution (id),
    user_id      bigint not null references user_account (id),
    primary key (solution_id, user_id)
);
