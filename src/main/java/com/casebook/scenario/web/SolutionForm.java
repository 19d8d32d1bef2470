package com.casebook.scenario.web;

import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;

import jakarta.validation.constraints.Size;

/**
 * One solution as a form: for adding another way of handling a situation, or amending
 * one. Actions and an effect are required by the template's rule
 * ({@link SolutionContent#missingFields()}).
 */
public class SolutionForm {

	@Storable
	@Size(max = SolutionContent.MAX_ACTIONS)
	private String actions;

	@Storable
	@Size(max = SolutionContent.MAX_EFFECT)
	private String effect;

	@Storable
	@Size(max = SolutionContent.MAX_PREVENTION)
	private String prevention;

	private int baseRevision;

	@Storable
	@Size(max = 300)
	private String summary;

	static SolutionForm of(Solution solution) {
		SolutionForm form = new SolutionForm();
		form.actions = solution.getActions();
		form.effect = solution.getEffect();
		form.prevention = solution.getPrevention();
		form.baseRevision = solution.getRevisionNumber();
		return form;
	}

	/** The form as it was at an earlier revision of the solution. */
	static SolutionForm of(SolutionContent content) {
		SolutionForm form = new SolutionForm();
		form.actions = content.actions();
		form.effect = content.effect();
		form.prevention = content.prevention();
		return form;
	}

	SolutionContent content() {
		return new SolutionContent(this.actions, this.effect, this.prevention);
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
