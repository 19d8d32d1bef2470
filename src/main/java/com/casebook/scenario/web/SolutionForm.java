package com.casebook.scenario.web;

import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;

import jakarta.validation.constraints.Size;

/**
 * One solution as a form: for adding another way of handling a situation, or amending
 * one. Actions and an effect are required by the template's rule
 * ({@link SolutionContent#missingFields()}).
 */
public class SolutionForm extends SolutionFields {

	private int baseRevision;

	@Storable
	@Size(max = 300)
	private String summary;

	static SolutionForm of(Solution solution) {
		SolutionForm form = new SolutionForm();
		form.fillSolution(solution.content());
		form.baseRevision = solution.getRevisionNumber();
		return form;
	}

	/** The form as it was at an earlier revision of the solution. */
	static SolutionForm of(SolutionContent content) {
		SolutionForm form = new SolutionForm();
		form.fillSolution(content);
		return form;
	}

	SolutionContent content() {
		return solutionContent();
	}

	public int getBaseRevision() {
		return this.baseRevision;
	}

	public void setBaseRevision(int baseRevision) {
		this.baseRevision = baseRevision;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
