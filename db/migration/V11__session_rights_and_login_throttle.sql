-- Every change of role, enabled flag or password bumps the account's credentials version; a
-- session signed in under an older version is ended on its next request (on any node).
alter table user_account add column credentials_version bigint not null default 0;

-- The per-account lock is replaced by login_throttle below: anyone could trigger it.
alter table user_account drop column failed_logins;
alter table user_account drop column locked_until;

-- Unconfirmed sign-in attempts per account name (lower case, existing or not) and client
-- address. Counted with one atomic upsert before the password is checked, cleared on success.
create table login_throttle (
    account_key     varchar(100) not null,
    client_address  varchar(64)  not null,
    failures        integer      not null,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz  not null,
    primary key (account_key, client_address)
);

create index login_throttle_last_attempt_idx on login_throttle (last_attempt_at);
