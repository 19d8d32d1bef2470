package com.casebook.scenario;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A {@link Measurement} as the columns of a {@code solution_measurement} row.
 */
@Embeddable
class StoredMeasurement {

	@Column(name = "kpi_id")
	private Long kpiId;

	@Column(name = "before_value")
	private BigDecimal before;

	@Column(name = "after_value")
	private BigDecimal after;

	@Enumerated(EnumType.STRING)
	private MeasureUnit unit;

	private String period;

	private String site;

	@Column(name = "reported_by")
	private Long reportedBy;

	protected StoredMeasurement() {
	}

	StoredMeasurement(Measurement measurement) {
		this.kpiId = measurement.kpiId();
		this.before = measurement.before();
		this.after = measurement.after();
		this.unit = measurement.unit();
		this.period = measurement.period();
		this.site = measurement.site();
		this.reportedBy = measurement.reportedBy();
	}

	Measurement measurement() {
		return new Measurement(this.kpiId, this.before, this.after, this.unit, this.period, this.site, this.reportedBy);
	}

}
