create table scenario (
    id                bigserial primary key,
    title             varchar(200) not null,
    situation         text         not null,
    category_id       bigint       references category (id),
    channel_id        bigint       references reference_item (id),
    business_line_id  bigint       references reference_item (id),
    frequency         varchar(16)  check (frequency in ('RARE', 'MONTHLY', 'WEEKLY', 'DAILY')),
    severity          varchar(16)  check (severity in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    status            varchar(16)  not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'ARCHIVED', 'MERGED')),
    author_id         bigint       not null references user_account (id),
    external_ref      varchar(100) unique,
    view_count        bigint       not null default 0,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    submitted_at      timestamptz,
    published_at      timestamptz,
    version           bigint       not null default 0
);
create index scenario_status_idx on scenario (status, updated_at desc);
create index scenario_author_idx on scenario (author_id);
create index scenario_category_idx on scenario (category_id);

create table scenario_kpi (
    scenario_id  bigint not null references scenario (id) on delete cascade,
    kpi_id       bigint not null references reference_item (id),
    primary key (scenario_id, kpi_id)
);

create table scenario_tag (
    scenario_id  bigint not null references scenario (id) on delete cascade,
    tag_id       bigint not null references tag (id),
    primary key (scenario_id, tag_id)
);
create index scenario_tag_tag_idx on scenario_tag (tag_id);

create table solution (
    id           bigserial primary key,
    scenario_id  bigint      not null references scenario (id),
    actions      text        not null,
    effect       text        not null,
    prevention   text,
    author_id    bigint      not null references user_account (id),
    adopted      boolean     not null default false,
    position     integer     not null default 0,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      bigint      not null default 0
);
create index solution_scenario_idx on solution (scenario_id);
