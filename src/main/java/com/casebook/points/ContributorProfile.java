package com.casebook.points;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person contributed, for their profile page: a read model over the views the
 * scenario module shares (scenarios written, solutions, adoptions, "I applied this"
 * received).
 */
@Service
public class ContributorProfile {

	private final JdbcClient jdbc;

	ContributorProfile(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Contributions(long scenariosPublished, long solutions, long adopted, long appliedReceived) {
	}

	public record Work(long scenarioId, String title, Long solutionId, boolean adopted, int appliedCount) {
	}

	@Transactional(readOnly = true)
	public Contributions contributions(long userId) {
		return this.jdbc.sql("""
				select
				  (select count(*) from scenario_facts where author_id = :u and status = 'PUBLISHED'),
				  (select count(*) from solution_facts s join scenario_facts c on c.id = s.scenario_id
				     where s.author_id = :u and s.live and c.status = 'PUBLISHED'),
				  (select count(*) from solution_facts s join scenario_facts c on c.id = s.scenario_id
				     where s.author_id = :u and s.adopted and c.status = 'PUBLISHED'),
				  (select count(*) from solution_application_facts a join solution_facts s on s.id = a.solution_id
				     where s.author_id = :u and a.user_id <> :u)
				""")
			.param("u", userId)
			.query((rs, n) -> new Contributions(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	/**
	 * Published scenarios they wrote and solutions they wrote on published scenarios,
	 * newest first.
	 */
	@Transactional(readOnly = true)
	public List<Work> work(long userId, int limit) {
		return this.jdbc.sql("""
				select c.id, c.title, s.id, coalesce(s.adopted, false), coalesce(s.applied_count, c.applied_count)
				from scenario_facts c left join solution_facts s on s.scenario_id = c.id and s.author_id = :u and s.live
				where c.status = 'PUBLISHED' and (c.author_id = :u or s.id is not null)
				order by c.updated_at desc, c.id desc, s.id
				limit :limit
				""")
			.param("u", userId)
			.param("limit", limit)
			.query((rs, n) -> new Work(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getBoolean(4),
					rs.getInt(5)))
			.list();
	}

}
