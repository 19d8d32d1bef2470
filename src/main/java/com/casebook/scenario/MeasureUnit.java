package com.casebook.scenario;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The unit of a measured KPI value, with the range a real contact-centre figure falls in:
 * a share is 0 to 100, durations and counts are never negative, a score is 0 to 100 (a
 * 1-to-5 scale fits in it too).
 */
public enum MeasureUnit {

	PERCENT("%", 0, 100), SECONDS("s", 0, 1_000_000), MINUTES("min", 0, 100_000), COUNT("", 0, 1_000_000_000),
	SCORE("", 0, 100);

	private final String symbol;

	private final BigDecimal min;

	private final BigDecimal max;

	MeasureUnit(String symbol, long min, long max) {
		this.symbol = symbol;
		this.min = BigDecimal.valueOf(min);
		this.max = BigDecimal.valueOf(max);
	}

	public boolean allows(BigDecimal value) {
		return value != null && value.compareTo(this.min) >= 0 && value.compareTo(this.max) <= 0;
	}

	public BigDecimal min() {
		return this.min;
	}

	public BigDecimal max() {
		return this.max;
	}

	/** How the unit is written after a figure ("%", "s"); empty for counts and scores. */
	public String symbol() {
		return this.symbol;
	}

	/**
	 * The unit written as people and files write it: {@code %},
	 * {@code s}/{@code seconds}/ 秒, {@code min}/{@code minutes}/分钟, {@code count}/次,
	 * {@code score}/分, or the constant's name; {@code null} when it is none of them.
	 */
	public static MeasureUnit parse(String text) {
		if (text == null) {
			return null;
		}
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "%", "percent", "pct", "百分比" -> PERCENT;
			case "s", "sec", "second", "seconds", "秒" -> SECONDS;
			case "min", "mins", "minute", "minutes", "分钟" -> MINUTES;
			case "count", "n", "次", "个", "次数" -> COUNT;
			case "score", "points", "分", "得分" -> SCORE;
			default -> null;
		};
	}

	/** The short name files use ({@code %}, {@code seconds}, ...). */
	public String code() {
		return this == PERCENT ? "%" : name().toLowerCase(Locale.ROOT);
	}

}
