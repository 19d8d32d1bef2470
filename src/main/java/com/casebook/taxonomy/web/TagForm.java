package com.casebook.taxonomy.web;

import java.util.LinkedHashSet;
import java.util.Set;

import com.casebook.taxonomy.LabelNames;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.TagView;
import com.casebook.taxonomy.Taxonomy;

import jakarta.validation.constraints.Size;

/**
 * The tag editing form, as typed: synonyms are one text, separated by commas, 、 or new
 * lines.
 */
public class TagForm {

	private String nameZh = "";

	private String nameEn = "";

	private String description = "";

	@Size(max = Taxonomy.MAX_TAG_GROUP)
	private String group = "";

	private String synonyms = "";

	static TagForm of(TagView tag) {
		TagForm form = new TagForm();
		form.nameZh = nullToEmpty(tag.name().zh());
		form.nameEn = nullToEmpty(tag.name().en());
		form.description = nullToEmpty(tag.description());
		form.group = nullToEmpty(tag.group());
		form.synonyms = String.join(", ", tag.synonyms());
		return form;
	}

	TagCuration.TagFields fields() {
		Set<String> list = new LinkedHashSet<>(LabelNames.split(this.synonyms));
		return new TagCuration.TagFields(this.nameZh, this.nameEn, this.description, this.group, list);
	}

	boolean hasName() {
		return !this.nameZh.isBlank() || !this.nameEn.isBlank();
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	public String getNameZh() {
		return this.nameZh;
	}

	public void setNameZh(String nameZh) {
		this.nameZh = nullToEmpty(nameZh);
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nullToEmpty(nameEn);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = nullToEmpty(description);
	}

	public String getGroup() {
		return this.group;
	}

	public void setGroup(String group) {
		this.group = nullToEmpty(group);
	}

	public String getSynonyms() {
		return this.synonyms;
	}

	public void setSynonyms(String synonyms) {
		this.synonyms = nullToEmpty(synonyms);
	}

}
