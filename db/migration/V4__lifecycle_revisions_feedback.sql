-- wiki revisions: every save of a scenario or of one of its solutions stores a full snapshot
alter table scenario add column revision_number integer not null default 0;
alter table scenario add column review_comment text;
alter table scenario add column reviewed_by bigint references user_account (id);
alter table solution add column revision_number integer not null default 0;

create table revision (
    id            bigserial primary key,
    scenario_id   bigint       not null references scenario (id),
    solution_id   bigint       references solution (id),
    number        integer      not null,
    author_id     bigint       not null references user_account (id),
    summary       varchar(300),
    content       jsonb        not null,
    created_at    timestamptz  not null default now()
);
-- one revision per number for the scenario text, and per solution
create unique index revision_scenario_number_key on revision (scenario_id, number) where solution_id is null;
create unique index revision_solution_number_key on revision (solution_id, number) where solution_id is not null;
create index revision_scenario_idx on revision (scenario_id, created_at desc);
create index revision_recent_idx on revision (created_at desc);

-- "I applied this": one per person and solution, the most honest quality signal
create table solution_application (
    id           bigserial primary key,
    solution_id  bigint       not null references solution (id),
    scenario_id  bigint       not null references scenario (id),
    user_id      bigint       not null references user_account (id),
    ticket       varchar(100),
    outcome      varchar(300),
    created_at   timestamptz  not null default now(),
    unique (solution_id, user_id)
);
create index solution_application_scenario_idx on solution_application (scenario_id);

alter table scenario add column applied_count integer not null default 0;
alter table solution add column applied_count integer not null default 0;

create table scenario_comment (
    id           bigserial primary key,
    scenario_id  bigint       not null references scenario (id),
    author_id    bigint       not null references user_account (id),
    body         text         not null,
    created_at   timestamptz  not null default now()
);
create index scenario_comment_scenario_idx on scenario_comment (scenario_id, created_at);
