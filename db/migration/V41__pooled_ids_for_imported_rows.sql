-- The rows an import writes for every line take their ids from their sequences 50 at a
-- time (Hibernate's pooled-lo optimizer, allocation size 50): a batch of lines is then
-- inserted with batched statements instead of one insert and one id round trip per row.
-- With pooled-lo and increment = allocation size, a value the sequence hands out stands
-- for the block [value, value + 49], and the next call starts past it: plain SQL inserts
-- (demo data, tests, JDBC writers) that take nextval keep getting ids nobody else holds.
alter sequence scenario_id_seq increment by 50;
alter sequence solution_id_seq increment by 50;
alter sequence revision_id_seq increment by 50;
