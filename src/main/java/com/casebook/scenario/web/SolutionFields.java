package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.casebook.scenario.Measurement;
import com.casebook.scenario.SolutionContent;

import org.springframework.validation.Errors;

import jakarta.validation.constraints.Size;

/**
 * The template's solution fields as a form binds them: the scenario form carries its
 * first solution's, the solution form one solution's. Both post the same parameter names,
 * so the sizes, the line-ending rule and the mapping to {@link SolutionContent} live here
 * once.
 */
abstract class SolutionFields {

	@Storable
	@Size(max = SolutionContent.MAX_ACTIONS)
	private String actions;

	@Storable
	@Size(max = SolutionContent.MAX_EFFECT)
	private String effect;

	@Storable
	@Size(max = SolutionContent.MAX_PREVENTION)
	private String prevention;

	/** Measured effects, one row each; blank rows are ignored. */
	private List<MeasurementRow> measurements = new ArrayList<>();

	final void fillSolution(SolutionContent content) {
		this.actions = content.actions();
		this.effect = content.effect();
		this.prevention = content.prevention();
		this.measurements = new ArrayList<>(content.measurements().stream().map(MeasurementRow::of).toList());
	}

	final SolutionContent solutionContent() {
		return new SolutionContent(this.actions, this.effect, this.prevention,
				filledRows().stream().map(MeasurementRow::measurement).toList());
	}

	/**
	 * Rejects each row that is not a whole, plausible measurement, field by field, with
	 * the domain's reason ({@link Measurement#problems()}).
	 */
	final void rejectBadMeasurements(Errors errors) {
		if (filledRows().size() > Measurement.MAX_PER_SOLUTION) {
			errors.rejectValue("measurements", "measurement.error.tooMany",
					new Object[] { Measurement.MAX_PER_SOLUTION }, null);
		}
		for (int i = 0; i < this.measurements.size(); i++) {
			MeasurementRow row = this.measurements.get(i);
			if (row == null || row.isBlank()) {
				continue;
			}
			for (Measurement.Problem problem : row.measurement().problems()) {
				String field = "measurements[" + i + "]." + problem.name().toLowerCase(Locale.ROOT);
				if (problem == Measurement.Problem.KPI) {
					field = "measurements[" + i + "].kpiId";
				}
				if (errors.getFieldErrorCount(field) == 0) {
					errors.rejectValue(field, problem.messageKey());
				}
			}
		}
	}

	private List<MeasurementRow> filledRows() {
		return this.measurements.stream().filter(row -> row != null && !row.isBlank()).toList();
	}

	public List<MeasurementRow> getMeasurements() {
		return this.measurements;
	}

	public void setMeasurements(List<MeasurementRow> measurements) {
		this.measurements = measurements == null ? new ArrayList<>() : measurements;
	}

	public String getActions() {
		return this.actions;
	}

	public void setActions(String actions) {
		this.actions = FormText.lf(actions);
	}

	public String getEffect() {
		return this.effect;
	}

	public void setEffect(String effect) {
		this.effect = FormText.lf(effect);
	}

	public String getPrevention() {
		return this.prevention;
	}

	public void setPrevention(String prevention) {
		this.prevention = FormText.lf(prevention);
	}

}
