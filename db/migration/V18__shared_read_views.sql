-- Read-only views each module opens on its own tables for the read models of others
-- (reports, profiles, the leaderboard), so that no module's SQL names another module's
-- tables. Only the owner changes a view; the others only read it
-- (architecture.TableOwnershipTest, docs/architecture.md "Who owns which table").

-- scenario: scenarios, their tags, solutions and "I applied this" records
create view scenario_facts as
select s.id, s.title, s.status, s.author_id, s.category_id, s.frequency, s.severity, s.view_count,
       s.applied_count, s.created_at, s.updated_at, s.submitted_at, s.published_at, s.last_reviewed_at,
       exists (select 1 from solution a where a.scenario_id = s.id and a.adopted) as has_adopted_solution
from scenario s;

create view scenario_tag_facts as
select st.scenario_id, st.tag_id from scenario_tag st;

create view solution_facts as
select o.id, o.scenario_id, o.author_id, o.adopted, o.merged_into_id is null as live, o.applied_count
from solution o;

create view solution_application_facts as
select a.solution_id, a.user_id from solution_application a;

-- user: who a person is on rankings
create view account_facts as
select u.id, u.display_name, u.team from user_account u;

-- search: what people searched for and how many results they got
create view search_query_facts as
select q.query, q.result_count, q.filtered, q.searched_at from search_query_log q;
