package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.casebook.text.WordDiff;

/**
 * One field of an edit conflict: what the other person changed since the revision both
 * started from, and what this person changed ({@code null} for a side that left the field
 * alone).
 * <p>
 * The merge takes what only the other person changed into this person's form, keeps
 * whatever this person changed, and lists only the fields somebody changed: a field
 * nobody touched is no conflict, and a field the person did not touch is never shown as
 * if they had deleted it. Without the starting revision, the saved version and the
 * person's text are compared directly.
 */
record ConflictDiff(String field, String theirsHtml, String yoursHtml) {

	/**
	 * Merges into {@code yours}; {@code base} is the revision the person started from, or
	 * {@code null} if unknown. The solution fields count only where the form shows them.
	 */
	static List<ConflictDiff> merge(ScenarioForm base, ScenarioForm theirs, ScenarioForm yours, boolean withSolution,
			Function<Long, String> kpiName) {
		List<ConflictDiff> diffs = new ArrayList<>();
		yours.setTitle(text(diffs, "scenario.title", base == null ? null : base.getTitle(), theirs.getTitle(),
				yours.getTitle(), base != null));
		yours.setSituation(text(diffs, "scenario.situation", base == null ? null : base.getSituation(),
				theirs.getSituation(), yours.getSituation(), base != null));
		if (withSolution) {
			Texts merged = mergeSolution(diffs, base == null ? null : Texts.of(base), Texts.of(theirs),
					Texts.of(yours));
			yours.setActions(merged.actions());
			yours.setEffect(merged.effect());
			yours.setPrevention(merged.prevention());
			yours.setMeasurements(measurements(diffs, kpiName, base == null ? null : base.getMeasurements(),
					theirs.getMeasurements(), yours.getMeasurements()));
		}
		if (base != null) {
			yours.setCategoryId(pick(base.getCategoryId(), theirs.getCategoryId(), yours.getCategoryId()));
			yours.setChannelId(pick(base.getChannelId(), theirs.getChannelId(), yours.getChannelId()));
			yours.setBusinessLineId(
					pick(base.getBusinessLineId(), theirs.getBusinessLineId(), yours.getBusinessLineId()));
			yours.setFrequency(pick(base.getFrequency(), theirs.getFrequency(), yours.getFrequency()));
			yours.setSeverity(pick(base.getSeverity(), theirs.getSeverity(), yours.getSeverity()));
			if (sameSet(base.getKpiIds(), yours.getKpiIds())) {
				yours.setKpiIds(new ArrayList<>(theirs.getKpiIds()));
			}
			if (sameSet(base.getTagIds(), yours.getTagIds())) {
				yours.setTagIds(new ArrayList<>(theirs.getTagIds()));
			}
		}
		return diffs;
	}

	/** The same for one solution's form. */
	static List<ConflictDiff> merge(SolutionForm base, SolutionForm theirs, SolutionForm yours,
			Function<Long, String> kpiName) {
		List<ConflictDiff> diffs = new ArrayList<>();
		Texts merged = mergeSolution(diffs, base == null ? null : Texts.of(base), Texts.of(theirs), Texts.of(yours));
		yours.setActions(merged.actions());
		yours.setEffect(merged.effect());
		yours.setPrevention(merged.prevention());
		yours.setMeasurements(measurements(diffs, kpiName, base == null ? null : base.getMeasurements(),
				theirs.getMeasurements(), yours.getMeasurements()));
		return diffs;
	}

	/**
	 * The measurement rows merged like a text: they are compared as the lines people
	 * read, one per measurement, whoever reported it.
	 */
	private static List<MeasurementRow> measurements(List<ConflictDiff> diffs, Function<Long, String> kpiName,
			List<MeasurementRow> base, List<MeasurementRow> theirs, List<MeasurementRow> yours) {
		String merged = text(diffs, "solution.measurements", base == null ? null : lines(base, kpiName),
				lines(theirs, kpiName), lines(yours, kpiName), base != null);
		return merged.equals(lines(yours, kpiName)) ? yours : new ArrayList<>(theirs);
	}

	private static String lines(List<MeasurementRow> rows, Function<Long, String> kpiName) {
		return rows.stream()
			.filter(row -> row != null && !row.isBlank())
			.map(MeasurementRow::measurement)
			.map(m -> m.summary(m.kpiId() == null ? "?" : kpiName.apply(m.kpiId())))
			.collect(Collectors.joining("\n"));
	}

	private static Texts mergeSolution(List<ConflictDiff> diffs, Texts base, Texts theirs, Texts yours) {
		boolean known = base != null;
		return new Texts(
				text(diffs, "solution.actions", known ? base.actions() : null, theirs.actions(), yours.actions(),
						known),
				text(diffs, "solution.effect", known ? base.effect() : null, theirs.effect(), yours.effect(), known),
				text(diffs, "solution.prevention", known ? base.prevention() : null, theirs.prevention(),
						yours.prevention(), known));
	}

	private static String text(List<ConflictDiff> diffs, String field, String base, String theirs, String yours,
			boolean baseKnown) {
		if (!baseKnown) {
			WordDiff.SideBySide diff = WordDiff.of(theirs, yours);
			if (diff.changed()) {
				diffs.add(new ConflictDiff(field, diff.beforeHtml(), diff.afterHtml()));
			}
			return yours;
		}
		boolean theirsChanged = !same(base, theirs);
		boolean yoursChanged = !same(base, yours);
		if (!theirsChanged || (yoursChanged && same(theirs, yours))) {
			return yours;
		}
		String theirsHtml = WordDiff.of(base, theirs).afterHtml();
		if (!yoursChanged) {
			diffs.add(new ConflictDiff(field, theirsHtml, null));
			return theirs;
		}
		diffs.add(new ConflictDiff(field, theirsHtml, WordDiff.of(base, yours).afterHtml()));
		return yours;
	}

	private static <T> T pick(T base, T theirs, T yours) {
		return Objects.equals(base, yours) ? theirs : yours;
	}

	private static boolean sameSet(List<Long> a, List<Long> b) {
		return new HashSet<>(a).equals(new HashSet<>(b));
	}

	private static boolean same(String a, String b) {
		return normalized(a).equals(normalized(b));
	}

	private static String normalized(String text) {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	/** The solution fields of either form. */
	private record Texts(String actions, String effect, String prevention) {

		static Texts of(ScenarioForm form) {
			return new Texts(form.getActions(), form.getEffect(), form.getPrevention());
		}

		static Texts of(SolutionForm form) {
			return new Texts(form.getActions(), form.getEffect(), form.getPrevention());
		}

	}

}
