-- Query synonyms (search module): admins' words for free text, applied to the keyword leg of a
-- search at query time. "当机 → 宕机" (one way: a query with the phrase also looks for the
-- replacement) or "退钱 ↔ 退款" (two way: either finds the other). Both sides are stored
-- normalized as queries are (QueryText: NFKC, Traditional folded, lower case).
create table query_synonym (
	id bigserial primary key,
	phrase varchar(60) not null,
	replacement varchar(60) not null,
	two_way boolean not null,
	created_by bigint not null references user_account (id),
	created_at timestamptz not null,
	constraint query_synonym_two_sides check (phrase <> replacement)
);

-- one entry per pair of words, whichever way it was typed
create unique index query_synonym_pair on query_synonym (least(phrase, replacement), greatest(phrase, replacement));
