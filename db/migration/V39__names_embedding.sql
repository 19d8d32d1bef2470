-- A second embedding per scenario for semantic search (search module, package
-- search.semantic): besides the content (title, situation, actions), the "names": the title
-- and the Chinese names the scenario is filed under (tags with their Chinese synonyms,
-- category path, KPIs). Each kind keeps the hash of its own text, so a rename re-embeds
-- only the names and an edit of the situation only the content.
alter table scenario_embedding add column kind varchar(10) not null default 'content';
alter table scenario_embedding alter column kind drop default;
alter table scenario_embedding add constraint scenario_embedding_kind check (kind in ('content', 'names'));
alter table scenario_embedding drop constraint scenario_embedding_pkey;
alter table scenario_embedding add primary key (scenario_id, kind);
