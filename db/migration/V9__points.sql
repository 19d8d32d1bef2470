-- Contribution points (issue 6): rules, the append-only ledger, rewards and redemptions.

-- What each kind of contribution is worth. Changing an amount applies from then on: every
-- ledger entry keeps the amount it was awarded with.
create table point_rule (
    code        varchar(40) primary key,
    amount      integer     not null,
    updated_at  timestamptz not null default now(),
    updated_by  bigint references user_account (id)
);

insert into point_rule (code, amount) values
    ('SCENARIO_PUBLISHED', 10),
    ('SOLUTION_ADDED', 5),
    ('SOLUTION_ADOPTED', 30),
    ('AMENDMENT', 2),
    ('DUPLICATE_FLAG_CONFIRMED', 3),
    ('APPLIED_RECEIVED', 1),
    ('APPLIED_RECEIVED_DAILY_CAP', 5),
    ('FIRST_CONTRIBUTION', 20);

-- Append-only: entries are never updated or deleted; undoing a cause adds a reversing entry.
create table point_entry (
    id           bigserial primary key,
    user_id      bigint      not null references user_account (id),
    amount       integer     not null,
    reason       varchar(40) not null,
    -- what caused it, e.g. scenario:12, solution:40, revision:12:3, merge:5, redemption:7
    cause        varchar(80) not null,
    scenario_id  bigint,
    solution_id  bigint,
    reverses_id  bigint references point_entry (id),
    created_at   timestamptz not null
);

-- exactly once per cause, whatever retries or concurrent requests do
create unique index point_entry_once on point_entry (user_id, reason, cause) where reverses_id is null;
create unique index point_entry_reversed_once on point_entry (reverses_id) where reverses_id is not null;
create index point_entry_user on point_entry (user_id, created_at desc);
create index point_entry_time on point_entry (created_at);

create table reward (
    id           bigserial primary key,
    name         varchar(100) not null,
    description  text,
    cost         integer      not null check (cost > 0),
    stock        integer      not null check (stock >= 0),
    active       boolean      not null default true,
    created_at   timestamptz  not null
);

create table redemption (
    id           bigserial primary key,
    user_id      bigint      not null references user_account (id),
    reward_id    bigint      not null references reward (id),
    cost         integer     not null,
    status       varchar(20) not null check (status in ('REQUESTED', 'FULFILLED', 'REJECTED')),
    requested_at timestamptz not null,
    decided_at   timestamptz,
    decided_by   bigint references user_account (id),
    note         text
);

create index redemption_user on redemption (user_id, requested_at desc);
create index redemption_status on redemption (status, requested_at);
