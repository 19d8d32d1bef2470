-- The kinds of notification a person does not want by e-mail (their bell still gets them).
-- No row: e-mailed, as every notification was before people could choose.
create table mail_opt_out (
    user_id  bigint      not null references user_account (id),
    kind     varchar(20) not null,
    primary key (user_id, kind)
);
