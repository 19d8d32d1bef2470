-- In-app notifications: stored as a type and its arguments, rendered in the reader's language.
create table notification (
    id          bigserial primary key,
    user_id     bigint       not null references user_account (id),
    type        varchar(40)  not null,
    args        text[]       not null,
    link        varchar(300) not null,
    created_at  timestamptz  not null,
    read_at     timestamptz
);

create index notification_unread on notification (user_id, created_at desc) where read_at is null;
create index notification_user on notification (user_id, created_at desc);

-- What people follow: a scenario, or a tag (every scenario carrying it).
create table watch (
    user_id      bigint      not null references user_account (id),
    target_type  varchar(10) not null check (target_type in ('SCENARIO', 'TAG')),
    target_id    bigint      not null,
    created_at   timestamptz not null,
    primary key (user_id, target_type, target_id)
);

create index watch_target on watch (target_type, target_id);
