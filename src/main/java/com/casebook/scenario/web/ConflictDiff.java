package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.List;

import com.casebook.text.WordDiff;

/**
 * Where the person's text differs from the version somebody else saved meanwhile, field by
 * field (only the fields that differ).
 */
record ConflictDiff(String field, String theirsHtml, String yoursHtml) {

	static List<ConflictDiff> between(ScenarioForm theirs, ScenarioForm yours) {
		List<ConflictDiff> diffs = new ArrayList<>();
		add(diffs, "scenario.title", theirs.getTitle(), yours.getTitle());
		add(diffs, "scenario.situation", theirs.getSituation(), yours.getSituation());
		add(diffs, "solution.actions", theirs.getActions(), yours.getActions());
		add(diffs, "solution.effect", theirs.getEffect(), yours.getEffect());
		add(diffs, "solution.prevention", theirs.getPrevention(), yours.getPrevention());
		return diffs;
	}

	static List<ConflictDiff> between(SolutionForm theirs, SolutionForm yours) {
		List<ConflictDiff> diffs = new ArrayList<>();
		add(diffs, "solution.actions", theirs.getActions(), yours.getActions());
		add(diffs, "solution.effect", theirs.getEffect(), yours.getEffect());
		add(diffs, "solution.prevention", theirs.getPrevention(), yours.getPrevention());
		return diffs;
	}

	private static void add(List<ConflictDiff> diffs, String field, String theirs, String yours) {
		WordDiff.SideBySide diff = WordDiff.of(theirs, yours);
		if (diff.changed()) {
			diffs.add(new ConflictDiff(field, diff.beforeHtml(), diff.afterHtml()));
		}
	}

}
