create table user_account (
    id             bigserial primary key,
    username       varchar(64)  not null,
    display_name   varchar(100) not null,
    email          varchar(200),
    password_hash  varchar(200) not null,
    role           varchar(16)  not null check (role in ('READER', 'MANAGER', 'EDITOR', 'ADMIN')),
    team           varchar(100),
    enabled        boolean      not null default true,
    failed_logins  integer      not null default 0,
    locked_until   timestamptz,
    created_at     timestamptz  not null default now(),
    version        bigint       not null default 0
);

-- usernames are unique whatever their case: "Admin" and "admin" are one account
create unique index user_account_username_key on user_account (lower(username));
