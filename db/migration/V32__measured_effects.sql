-- Measured effects (issue 14): which way is better for each KPI, and the before / after
-- figures reported for solutions, by their authors (part of the solution's text,
-- revisioned) and by the people who applied them ("it worked here too").

alter table reference_item add column direction varchar(6)
    check (direction is null or direction in ('LOWER', 'HIGHER'));
-- waiting, handling time, transfers and leavers should fall; the rest should rise
update reference_item set direction = 'LOWER'
 where kind = 'KPI' and code in ('asa', 'abandonment', 'aht', 'transfer-rate', 'attrition');
update reference_item set direction = 'HIGHER' where kind = 'KPI' and direction is null;

create table solution_measurement (
    solution_id   bigint         not null references solution (id) on delete cascade,
    position      integer        not null,
    kpi_id        bigint         not null references reference_item (id),
    before_value  numeric(14, 3) not null,
    after_value   numeric(14, 3) not null,
    unit          varchar(10)    not null check (unit in ('PERCENT', 'SECONDS', 'MINUTES', 'COUNT', 'SCORE')),
    period        varchar(60),
    site          varchar(120),
    reported_by   bigint         references user_account (id),
    primary key (solution_id, position)
);
create index solution_measurement_kpi_idx on solution_measurement (kpi_id);

-- one's own figures with "I applied this" (all null when none were given)
alter table solution_application
    add column kpi_id       bigint references reference_item (id),
    add column before_value numeric(14, 3),
    add column after_value  numeric(14, 3),
    add column unit         varchar(10) check (unit is null or unit in ('PERCENT', 'SECONDS', 'MINUTES', 'COUNT', 'SCORE')),
    add column period       varchar(60),
    add column site         varchar(120);

-- every reported figure of a live solution, for the reports' read models
create view measurement_facts as
select o.id as solution_id, o.scenario_id, m.kpi_id, m.before_value, m.after_value, m.unit, m.site,
       m.reported_by, false as from_application
from solution_measurement m join solution o on o.id = m.solution_id
where o.merged_into_id is null
union all
select a.solution_id, a.scenario_id, a.kpi_id, a.before_value, a.after_value, a.unit, a.site,
       a.user_id, true
from solution_application a join solution o on o.id = a.solution_id
where a.kpi_id is not null and o.merged_into_id is null;
