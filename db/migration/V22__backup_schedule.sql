-- when scheduled backups are taken and how many are kept; one row, set by admins
create table backup_schedule (
    id           smallint    primary key default 1 check (id = 1),
    frequency    varchar(10) not null default 'DAILY' check (frequency in ('OFF', 'DAILY', 'WEEKLY')),
    -- hour of the day (server time zone) from which the day's (or Monday's) backup is due
    hour         smallint    not null default 3 check (hour between 0 and 23),
    keep_daily   smallint    not null default 7 check (keep_daily between 1 and 365),
    keep_weekly  smallint    not null default 4 check (keep_weekly between 0 and 520),
    updated_by   bigint      references user_account (id),
    updated_at   timestamptz
);
insert into backup_schedule (id) values (1);
