-- The mapping version of a search index that every node shares (OpenSearch). A Lucene index is
-- one node's own and keeps its version in a file beside it; a shared index keeps it here, so a
-- node joining with an empty data folder judges the index by what the cluster recorded instead of
-- rebuilding it again.
create table search_index_version (
    index_name text primary key,
    mapping_version text not null,
    written_at timestamptz not null default now()
);
