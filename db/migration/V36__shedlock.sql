-- One row per scheduled job that runs once per cluster (ShedLock's JDBC lock provider, times in
-- UTC from the database's clock). Owned by the database module; see database.SchedulerLocks.
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
