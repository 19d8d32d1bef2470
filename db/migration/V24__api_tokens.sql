-- Personal API tokens: long random secrets for scripts and tools, stored as their SHA-256
-- (hex) only; the secret itself is shown once, when the token is made. Revoked tokens stay
-- (revoked_at set) so the admin list keeps their history.
create table api_token (
    id            bigserial    primary key,
    user_id       bigint       not null references user_account (id),
    name          varchar(100) not null,
    secret_hash   varchar(64)  not null unique,
    created_at    timestamptz  not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);

create index api_token_user on api_token (user_id);
