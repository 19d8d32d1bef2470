-- Amendments are paid up to a daily cap per person, set by admins like the "I applied this" cap
-- (issue 11): small edits cannot be farmed for points.
insert into point_rule (code, amount) values ('AMENDMENT_DAILY_CAP', 10) on conflict (code) do nothing;
