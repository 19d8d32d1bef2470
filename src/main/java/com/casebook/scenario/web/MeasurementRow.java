package com.casebook.scenario.web;

import java.math.BigDecimal;

import com.casebook.scenario.MeasureUnit;
import com.casebook.scenario.Measurement;

/**
 * One measurement row of the template as typed: the figures stay text, so whatever was
 * typed comes back with the error when it is not a number.
 */
public class MeasurementRow {

	private Long kpiId;

	private String before;

	private String after;

	private String unit;

	private String period;

	private String site;

	static MeasurementRow of(Measurement measurement) {
		MeasurementRow row = new MeasurementRow();
		row.kpiId = measurement.kpiId();
		row.before = measurement.before() == null ? null : measurement.before().toPlainString();
		row.after = measurement.after() == null ? null : measurement.after().toPlainString();
		row.unit = measurement.unit() == null ? null : measurement.unit().name();
		row.period = measurement.period();
		row.site = measurement.site();
		return row;
	}

	/** A row left empty (the template offers a few spare ones) is no measurement. */
	boolean isBlank() {
		return this.kpiId == null && blank(this.before) && blank(this.after) && blank(this.period) && blank(this.site);
	}

	/** The measurement typed, with {@code null} for any figure that is not a number. */
	Measurement measurement() {
		return new Measurement(this.kpiId, number(this.before), number(this.after), MeasureUnit.parse(this.unit),
				this.period, this.site, null);
	}

	/**
	 * A number as people type it: a decimal comma or a trailing percent sign is fine.
	 */
	static BigDecimal number(String text) {
		if (blank(text)) {
			return null;
		}
		String plain = text.strip().replace('，', ',').replace(',', '.').replace("%", "").strip();
		if (!plain.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") || plain.length() > 20) {
			return null;
		}
		return new BigDecimal(plain);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public Long getKpiId() {
		return this.kpiId;
	}

	public void setKpiId(Long kpiId) {
		this.kpiId = kpiId;
	}

	public String getBefore() {
		return this.before;
	}

	public void setBefore(String before) {
		this.before = before;
	}

	public String getAfter() {
		return this.after;
	}

	public void setAfter(String after) {
		this.after = after;
	}

	public String getUnit() {
		return this.unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getPeriod() {
		return this.period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getSite() {
		return this.site;
	}

	public void setSite(String site) {
		this.site = site;
	}

}
