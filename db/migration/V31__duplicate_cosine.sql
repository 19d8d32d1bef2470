-- Pairs proposed by the nearness of their embeddings (issue 15): the cosine, on its own
-- scale beside the More Like This score.
alter table duplicate_candidate add column cosine real;
