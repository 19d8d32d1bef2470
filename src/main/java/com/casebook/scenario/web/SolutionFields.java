package com.casebook.scenario.web;

import com.casebook.scenario.SolutionContent;

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

	final void fillSolution(SolutionContent content) {
		this.actions = content.actions();
		this.effect = content.effect();
		this.prevention = content.prevention();
	}

	final SolutionContent solutionContent() {
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

}
