package com.casebook.scenario.web;

import java.util.List;
import java.util.Optional;

import com.casebook.taxonomy.ReferenceKind;
import com.casebook.taxonomy.ReferenceView;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.Taxonomy;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * What a scenario form refers to must exist: the category, channel, business line, KPIs
 * and tags it picks by id, and the tags it proposes by name must fit a tag's name. A form
 * posted from an old page (an entry retired meanwhile) or written by hand otherwise
 * failed on the database's foreign keys and lost everything the person typed; now the
 * field says what is wrong.
 */
@Component
class ScenarioFormReferences {

	private final Taxonomy taxonomy;

	ScenarioFormReferences(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	void check(ScenarioForm form, Errors errors) {
		checkMeasurements(form, errors);
		if (form.getCategoryId() != null && this.taxonomy.category(form.getCategoryId()).isEmpty()) {
			unknown(errors, "categoryId");
		}
		if (!isA(ReferenceKind.CHANNEL, form.getChannelId())) {
			unknown(errors, "channelId");
		}
		if (!isA(ReferenceKind.BUSINESS_LINE, form.getBusinessLineId())) {
			unknown(errors, "businessLineId");
		}
		if (!form.getKpiIds().stream().allMatch(id -> isA(ReferenceKind.KPI, id))) {
			unknown(errors, "kpiIds");
		}
		List<Long> tagIds = form.getTagIds().stream().filter(id -> id != null).distinct().toList();
		if (this.taxonomy.tags(tagIds).size() != tagIds.size()) {
			unknown(errors, "tagIds");
		}
		for (String typed : form.tagNames()) {
			TagCuration.TagFields tag = TagCuration.TagFields.named(typed);
			for (String name : new String[] { tag.nameZh(), tag.nameEn() }) {
				if (name != null && name.length() > Taxonomy.MAX_TAG_NAME) {
					errors.rejectValue("tags", "names.error.tooLong", new Object[] { Taxonomy.MAX_TAG_NAME, name },
							null);
					return;
				}
			}
		}
	}

	/** Each measurement row names a KPI of the list. */
	void checkMeasurements(SolutionFields form, Errors errors) {
		for (int i = 0; i < form.getMeasurements().size(); i++) {
			MeasurementRow row = form.getMeasurements().get(i);
			if (row != null && row.getKpiId() != null && !isA(ReferenceKind.KPI, row.getKpiId())) {
				unknown(errors, "measurements[" + i + "].kpiId");
			}
		}
	}

	private boolean isA(ReferenceKind kind, Long id) {
		if (id == null) {
			return true;
		}
		Optional<ReferenceView> reference = this.taxonomy.reference(id);
		return reference.isPresent() && reference.get().kind() == kind;
	}

	private static void unknown(Errors errors, String field) {
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "form.error.unknownChoice");
		}
	}

}
