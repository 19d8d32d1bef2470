package com.casebook.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.casebook.points.PointsEvents.PointRuleChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each contribution is worth, set by admins. A change applies from then on: ledger
 * entries keep the amount they were written with, so nothing is recalculated.
 */
@Service
public class PointRules {

	/**
	 * How many "I applied this" a person is credited for per day; more are welcome but
	 * not paid.
	 */
	public static final String DAILY_APPLIED_CAP = "APPLIED_RECEIVED_DAILY_CAP";

	/**
	 * How many amendments a person is paid for per day; more are welcome but not paid.
	 */
	public static final String DAILY_AMENDMENT_CAP = "AMENDMENT_DAILY_CAP";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PointRules(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Map<String, Integer> all() {
		Map<String, Integer> rules = new LinkedHashMap<>();
		this.jdbc.sql("select code, amount from point_rule order by code")
			.query((rs, n) -> rules.put(rs.getString(1), rs.getInt(2)))
			.list();
		return rules;
	}

	@Transactional(readOnly = true)
	public int amount(String code) {
		return this.jdbc.sql("select amount from point_rule where code = :code")
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No point rule " + code));
	}

	@Transactional
	public void change(String code, int amount, long adminId) {
		if (amount < 0 || amount > 10_000) {
			throw new IllegalArgumentException("Amounts go from 0 to 10000");
		}
		Integer before = this.jdbc.sql("select amount from point_rule where code = :code for update")
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No point rule " + code));
		this.jdbc
			.sql("update point_rule set amount = :amount, updated_at = :at, updated_by = :admin where code = :code")
			.param("amount", amount)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("admin", adminId)
			.param("code", code)
			.update();
		if (before != amount) {
			this.events.publishEvent(new PointRuleChanged(code, before, amount, adminId));
		}
	}

}
