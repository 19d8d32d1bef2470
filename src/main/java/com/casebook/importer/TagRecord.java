package com.casebook.importer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.casebook.taxonomy.TagCuration;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A tag as the import format gives it: one name ({@code "加班"} or {@code "overtime"}),
 * both names ({@code "加班|overtime"}), or an object {@code {"zh", "en", "group",
 * "synonyms"}} that also says how to file a tag the catalogue does not have yet. Exports
 * write the shortest of these forms that keeps everything.
 */
public record TagRecord(String zh, String en, String group, List<String> synonyms) {

	public TagRecord {
		zh = blankToNull(zh);
		en = blankToNull(en);
		group = blankToNull(group);
		synonyms = synonyms == null ? List.of()
				: synonyms.stream().map(TagRecord::blankToNull).filter(Objects::nonNull).toList();
	}

	/**
	 * A name or {@code zh|en}; a single name without Chinese characters is taken as the
	 * English one.
	 */
	public static TagRecord parse(String text) {
		if (text == null) {
			return new TagRecord(null, null, null, null);
		}
		TagCuration.TagFields named = TagCuration.TagFields.named(text);
		return new TagRecord(named.nameZh(), named.nameEn(), null, null);
	}

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static TagRecord fromJson(Object value) {
		if (value == null || value instanceof String) {
			return parse((String) value);
		}
		if (value instanceof Map<?, ?> fields) {
			Object synonyms = fields.get("synonyms");
			List<String> list = synonyms instanceof Collection<?> c ? c.stream().map(TagRecord::text).toList()
					: synonyms == null ? List.of() : List.of(text(synonyms));
			String zh = text(fields.get("zh"));
			String en = text(fields.get("en"));
			String name = text(fields.get("name"));
			if (zh == null && en == null && name != null) {
				TagRecord named = parse(name);
				zh = named.zh();
				en = named.en();
			}
			return new TagRecord(zh, en, text(fields.get("group")), list);
		}
		throw new IllegalArgumentException("A tag is a name or an object with zh and en");
	}

	@JsonValue
	Object toJson() {
		if (this.group == null && this.synonyms.isEmpty()) {
			return text();
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("zh", this.zh);
		fields.put("en", this.en);
		fields.put("group", this.group);
		fields.put("synonyms", this.synonyms);
		return fields;
	}

	/** The {@code zh|en} form, or the one name there is. */
	public String text() {
		if (this.zh == null || this.en == null) {
			return this.zh != null ? this.zh : this.en;
		}
		return this.zh + "|" + this.en;
	}

	boolean isEmpty() {
		return this.zh == null && this.en == null;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
