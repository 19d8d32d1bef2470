package com.casebook.points;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rankings of points earned (spending on rewards does not lower a rank) in a period, by
 * person or by team. Ties share a rank.
 */
@Service
public class Leaderboard {

	public enum Period {

		MONTH, QUARTER, ALL;

		public String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Period of(String value) {
			for (Period period : values()) {
				if (period.parameter().equalsIgnoreCase(value == null ? "" : value)) {
					return period;
				}
			}
			return MONTH;
		}

		Instant start(Instant now) {
			LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
			switch (this) {
				case MONTH:
					return today.withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toInstant();
				case QUARTER:
					int firstMonth = (today.getMonthValue() - 1) / 3 * 3 + 1;
					return LocalDate.of(today.getYear(), firstMonth, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
				default:
					return Instant.EPOCH;
			}
		}

	}

	/** One place of the ranking: a person (id, name) or a team (name only). */
	public record Place(int rank, Long userId, String name, String team, long points) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	Leaderboard(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Place> people(Period period) {
		return ranked(this.jdbc.sql("""
				select u.id, u.display_name, u.team, sum(e.amount) as points
				from point_entry e join account_facts u on u.id = e.user_id
				where e.reason not in ('REDEMPTION', 'REDEMPTION_RETURNED') and e.created_at >= :since
				group by u.id, u.display_name, u.team
				having sum(e.amount) <> 0
				order by points desc, u.display_name
				""")
			.param("since", Timestamp.from(period.start(this.clock.instant())))
			.query((rs, n) -> new Place(0, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.list());
	}

	@Transactional(readOnly = true)
	public List<Place> teams(Period period) {
		return ranked(this.jdbc.sql("""
				select coalesce(u.team, '') as team, sum(e.amount) as points
				from point_entry e join account_facts u on u.id = e.user_id
				where e.reason not in ('REDEMPTION', 'REDEMPTION_RETURNED') and e.created_at >= :since
				group by coalesce(u.team, '')
				having sum(e.amount) <> 0
				order by points desc, team
				""")
			.param("since", Timestamp.from(period.start(this.clock.instant())))
			.query((rs, n) -> new Place(0, null, rs.getString(1), rs.getString(1), rs.getLong(2)))
			.list());
	}

	/** A person's all-time rank, or 0 when they have earned nothing yet. */
	@Transactional(readOnly = true)
	public int rankOf(long userId) {
		return people(Period.ALL).stream()
			.filter(p -> p.userId() == userId)
			.mapToInt(Place::rank)
			.findFirst()
			.orElse(0);
	}

	private static List<Place> ranked(List<Place> sorted) {
		List<Place> ranked = new ArrayList<>();
		int rank = 0;
		long previous = Long.MIN_VALUE;
		for (int i = 0; i < sorted.size(); i++) {
			Place place = sorted.get(i);
			if (place.points() != previous) {
				rank = i + 1;
				previous = place.points();
			}
			ranked.add(new Place(rank, place.userId(), place.name(), place.team(), place.points()));
		}
		return ranked;
	}

}
