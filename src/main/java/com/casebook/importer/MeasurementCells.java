package com.casebook.importer;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.importer.ScenarioRecord.MeasurementRecord;

/**
 * The {@code measurements} column of a CSV or Excel table: one measurement per line (or
 * separated by {@code ;}), each written as people write it,
 * {@code KPI: before → after unit period @site}, for example
 * {@code 放弃率: 12.5 → 6 % 2周 @上海中心} or {@code AHT: 420 -> 380 seconds 1 month}. The
 * reporter is the solution's author. A part that does not read so is handed on with its
 * whole text as the KPI, so the line is refused with that text named.
 */
final class MeasurementCells {

	private static final Pattern MEASUREMENT = Pattern.compile(
			"^(?<kpi>[^:：]+)[:：]\\s*(?<before>[-+]?[\\d.,]+)\\s*(?:→|->|=>)\\s*(?<after>[-+]?[\\d.,]+)\\s*(?<unit>%|[^\\s@]+)?\\s*(?<period>[^@]*?)\\s*(?:@\\s*(?<site>.+?))?\\s*$");

	private MeasurementCells() {
	}

	static List<MeasurementRecord> parse(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split("[\\n;；]"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.map(MeasurementCells::one)
			.toList();
	}

	private static MeasurementRecord one(String text) {
		Matcher m = MEASUREMENT.matcher(text);
		if (!m.matches()) {
			return new MeasurementRecord(text, null, null, null, null, null, null);
		}
		return new MeasurementRecord(m.group("kpi").strip(), number(m.group("before")), number(m.group("after")),
				m.group("unit"), blankToNull(m.group("period")), blankToNull(m.group("site")), null);
	}

	private static BigDecimal number(String text) {
		try {
			return new BigDecimal(text.replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
