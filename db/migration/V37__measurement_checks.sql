-- Outliers among measured effects (issue 14, part 4): a reported change more than ten times
-- the KPI's typical change is flagged for editors and held back from medians, "What works",
-- rankings and the "improves" filters until an editor confirms it.

-- An editor's confirmation of one reported figure. A measurement has no id of its own (the
-- solution's rows are its text, an application's figures are columns of the application), so
-- a confirmation names its figures: changing them needs a new confirmation.
create table measurement_confirmation (
    id            bigserial      primary key,
    solution_id   bigint         not null references solution (id) on delete cascade,
    kpi_id        bigint         not null references reference_item (id),
    before_value  numeric(14, 3) not null,
    after_value   numeric(14, 3) not null,
    unit          varchar(10)    not null,
    reported_by   bigint         references user_account (id),
    confirmed_by  bigint         not null references user_account (id),
    confirmed_at  timestamptz    not null
);
create unique index measurement_confirmation_once on measurement_confirmation
    (solution_id, kpi_id, before_value, after_value, unit, coalesce(reported_by, 0));

-- Every reported figure of a live solution with its check. The typical change of a KPI is the
-- median absolute change over its reports in that unit (at least three), never below a floor
-- per unit (1 point of %, 5 seconds, half a minute, 1 count, 1 score point) so that a KPI whose
-- reports barely move does not flag every honest report.
create view measurement_checks as
with typical as (
    select kpi_id, unit, count(*) as reports,
           percentile_cont(0.5) within group (order by abs(after_value - before_value)) as median_change
    from measurement_facts
    group by kpi_id, unit
),
checked as (
    select f.solution_id, f.scenario_id, f.kpi_id, f.before_value, f.after_value, f.unit, f.site,
           f.reported_by, f.from_application, t.reports as kpi_reports,
           greatest(t.median_change,
                    case f.unit when 'SECONDS' then 5 when 'MINUTES' then 0.5 else 1 end) as typical_change
    from measurement_facts f join typical t on t.kpi_id = f.kpi_id and t.unit = f.unit
)
select c.*,
       c.kpi_reports >= 3 and abs(c.after_value - c.before_value) > 10 * c.typical_change as outlier,
       m.confirmed_by, m.confirmed_at,
       not (c.kpi_reports >= 3 and abs(c.after_value - c.before_value) > 10 * c.typical_change)
           or m.id is not null as trusted
from checked c
left join measurement_confirmation m
       on m.solution_id = c.solution_id and m.kpi_id = c.kpi_id and m.before_value = c.before_value
      and m.after_value = c.after_value and m.unit = c.unit
      and coalesce(m.reported_by, 0) = coalesce(c.reported_by, 0);
