-- Scenarios whose search document must be written again, recorded in the same transaction as the
-- change (module search). An entry is deleted only once Lucene has committed the new document, so
-- whatever a crash leaves here is reindexed at the next start. No foreign key: a deleted
-- scenario's entry is what removes its document.
create table search_outbox (
    id           bigserial   primary key,
    batch_id     uuid        not null,
    scenario_id  bigint      not null,
    created_at   timestamptz not null default clock_timestamp()
);

create index search_outbox_batch on search_outbox (batch_id);
