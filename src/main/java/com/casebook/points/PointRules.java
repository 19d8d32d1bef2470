package com.casebook.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.casebook.points.PointsEvents.PointRuleChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	/**
	 * The amount a contribution is worth now. Read once per transaction: an import awards
	 * points for every line of its batch, and the rules cannot change under it in a way
	 * its lines should see.
	 */
	@Transactional(readOnly = true)
	public int amount(String code) {
		Integer amount = rulesOfThisTransaction().computeIfAbsent(code, this::read);
		if (amount == null) {
			throw new IllegalArgumentException("No point rule " + code);
		}
		return amount;
	}

	private Integer read(String code) {
		return this.jdbc.sql("select amount from point_rule where code = :code")
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Integer> rulesOfThisTransaction() {
		Map<String, Integer> known = (Map<String, Integer>) TransactionSynchronizationManager.getResource(this);
		if (known == null) {
			Map<String, Integer> fresh = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(PointRules.this);
				}
			});
			known = fresh;
		}
		return known;
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
		rulesOfThisTransaction().remove(code);
		if (before != amount) {
			this.events.publishEvent(new PointRuleChanged(code, before, amount, adminId));
		}
	}

}
