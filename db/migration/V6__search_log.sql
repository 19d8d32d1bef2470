-- Every search, for the knowledge-gaps page: what was asked (normalized), how much it found, who
-- asked by role only (no user id: the log says what people need, not who needed it).
create table search_query_log (
    id            bigserial primary key,
    query         varchar(200) not null,
    result_count  bigint       not null,
    -- narrowed by facets: finding nothing then is no gap in the catalogue
    filtered      boolean      not null,
    user_role     varchar(20)  not null,
    source        varchar(10)  not null check (source in ('PAGE', 'API')),
    searched_at   timestamptz  not null,
    -- first time someone opened one of the results of this search (page searches only)
    opened_at     timestamptz
);

create index search_query_log_recent on search_query_log (searched_at desc);
create index search_query_log_query on search_query_log (query);

-- A gap an editor has already turned into a draft scenario, so it leaves the to-do list.
create table knowledge_gap_draft (
    query        varchar(200) primary key,
    scenario_id  bigint       not null references scenario (id) on delete cascade,
    drafted_by   bigint       not null references user_account (id),
    drafted_at   timestamptz  not null
);
