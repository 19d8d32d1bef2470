package com.casebook.scenario.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import com.casebook.scenario.Frequency;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.Severity;
import com.casebook.scenario.Solution;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TemplateField;
import com.casebook.taxonomy.LabelNames;

import jakarta.validation.constraints.Size;

/**
 * The scenario template as a form, field by field. What is required comes from the
 * template's one rule ({@link ScenarioContent#missingForReview}): a draft needs only a
 * title, a submission the whole template, an amendment all but the solution (a published
 * scenario has its solutions).
 */
public class ScenarioForm extends SolutionFields {

	/** Room for twenty tags with long names. */
	static final int MAX_TAGS_TEXT = 1000;

	@Storable
	@Size(max = ScenarioContent.MAX_TITLE)
	private String title;

	@Storable
	@Size(max = ScenarioContent.MAX_SITUATION)
	private String situation;

	private Long categoryId;

	private Long channelId;

	private Long businessLineId;

	private List<Long> kpiIds = new ArrayList<>();

	private List<Long> tagIds = new ArrayList<>();

	/**
	 * The tags by name, as the tag picker (or, without scripts, the person) writes them:
	 * separated by commas, each a tag's Chinese or English name or a synonym; a name the
	 * vocabulary lacks is proposed and waits for an editor's approval.
	 */
	@Storable
	@Size(max = MAX_TAGS_TEXT)
	private String tags;

	private Frequency frequency;

	private Severity severity;

	/**
	 * The revision the person started from; a save based on an older one is a conflict.
	 */
	private int baseRevision;

	/** The revision of the first solution the person started from (0: there was none). */
	private int solutionBaseRevision;

	@Storable
	@Size(max = 300)
	private String summary;

	static ScenarioForm of(Scenario scenario) {
		ScenarioForm form = new ScenarioForm();
		form.title = scenario.getTitle();
		form.situation = scenario.getSituation();
		form.categoryId = scenario.getCategoryId();
		form.channelId = scenario.getChannelId();
		form.businessLineId = scenario.getBusinessLineId();
		form.kpiIds = new ArrayList<>(scenario.getKpiIds());
		form.tagIds = new ArrayList<>(scenario.getTagIds());
		form.frequency = scenario.getFrequency();
		form.severity = scenario.getSeverity();
		form.baseRevision = scenario.getRevisionNumber();
		List<Solution> solutions = scenario.getSolutions();
		if (!solutions.isEmpty()) {
			form.fillSolution(solutions.get(0).content());
			form.solutionBaseRevision = solutions.get(0).getRevisionNumber();
		}
		return form;
	}

	/**
	 * The form as it was at an earlier revision of the text and of the first solution.
	 */
	static ScenarioForm of(ScenarioContent content, SolutionContent firstSolution) {
		ScenarioForm form = new ScenarioForm();
		form.title = content.title();
		form.situation = content.situation();
		form.categoryId = content.categoryId();
		form.channelId = content.channelId();
		form.businessLineId = content.businessLineId();
		form.kpiIds = new ArrayList<>(content.kpiIds());
		form.tagIds = new ArrayList<>(content.tagIds());
		form.frequency = content.frequency();
		form.severity = content.severity();
		if (firstSolution != null) {
			form.fillSolution(firstSolution);
		}
		return form;
	}

	ScenarioContent content(List<Long> extraTagIds) {
		LinkedHashSet<Long> tags = new LinkedHashSet<>(this.tagIds);
		tags.addAll(extraTagIds);
		return ScenarioContent.builder()
			.title(this.title)
			.situation(this.situation)
			.categoryId(this.categoryId)
			.channelId(this.channelId)
			.businessLineId(this.businessLineId)
			.kpiIds(new LinkedHashSet<>(this.kpiIds))
			.tagIds(tags)
			.frequency(this.frequency)
			.severity(this.severity)
			.build();
	}

	/** What the template's rule finds missing for the button pressed. */
	List<TemplateField> missing(FormAction action) {
		SolutionContent first = solution();
		List<TemplateField> missing = content(List.of()).missingForReview(first.hasRequiredFields() ? 1 : 0);
		return switch (action) {
			case SUBMIT -> missing.stream()
				.flatMap(field -> field == TemplateField.SOLUTION ? first.missingFields().stream() : Stream.of(field))
				.toList();
			case SAVE -> missing.stream().filter(field -> field != TemplateField.SOLUTION).toList();
			default -> missing.stream().filter(field -> field == TemplateField.TITLE).toList();
		};
	}

	/** The names in the tags field, which people separate with any comma or semicolon. */
	List<String> tagNames() {
		return LabelNames.split(this.tags);
	}

	SolutionContent solution() {
		return solutionContent();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.lf(title);
	}

	public String getSituation() {
		return this.situation;
	}

	public void setSituation(String situation) {
		this.situation = FormText.lf(situation);
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public Long getChannelId() {
		return this.channelId;
	}

	public void setChannelId(Long channelId) {
		this.channelId = channelId;
	}

	public Long getBusinessLineId() {
		return this.businessLineId;
	}

	public void setBusinessLineId(Long businessLineId) {
		this.businessLineId = businessLineId;
	}

	public List<Long> getKpiIds() {
		return this.kpiIds;
	}

	public void setKpiIds(List<Long> kpiIds) {
		this.kpiIds = kpiIds == null ? new ArrayList<>() : kpiIds;
	}

	public List<Long> getTagIds() {
		return this.tagIds;
	}

	public void setTagIds(List<Long> tagIds) {
		this.tagIds = tagIds == null ? new ArrayList<>() : tagIds;
	}

	public String getTags() {
		return this.tags;
	}

	public void setTags(String tags) {
		this.tags = tags;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public void setFrequency(Frequency frequency) {
		this.frequency = frequency;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public int getBaseRevision() {
		return this.baseRevision;
	}

	public void setBaseRevision(int baseRevision) {
		this.baseRevision = baseRevision;
	}

	public int getSolutionBaseRevision() {
		return this.solutionBaseRevision;
	}

	public void setSolutionBaseRevision(int solutionBaseRevision) {
		this.solutionBaseRevision = solutionBaseRevision;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

}
