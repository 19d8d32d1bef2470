-- Points for a measured effect that others confirm (issue 14, part 3): paid to the
-- measurement's author once per solution and KPI, editable like the other rules.
insert into point_rule (code, amount) values ('EFFECT_CONFIRMED', 5) on conflict (code) do nothing;
