-- One embedding per scenario for semantic search (search module, package search.semantic):
-- the model that computed it and a hash of the text it was computed from, so a restart or a
-- rebuilt index reuses it and only a changed text or another model computes a new one.
create table scenario_embedding (
	scenario_id bigint primary key references scenario (id) on delete cascade,
	model varchar(100) not null,
	text_hash char(64) not null,
	vector float4[] not null,
	computed_at timestamptz not null default now()
);
