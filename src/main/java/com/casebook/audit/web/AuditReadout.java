package com.casebook.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.casebook.audit.AuditLog;
import com.casebook.user.UserSummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads audit entries out in the reader's language: a sentence per action ("editor Zhang
 * published scenario #12") and the fields that changed, each with its value before and
 * after. Works on the stored JSON states as they are, old rows included: an unknown field
 * or value is shown as stored rather than hidden.
 */
@Component
class AuditReadout {

	private static final String NONE = "—";

	private final MessageSource messages;

	private final JsonMapper json;

	AuditReadout(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** One entry as the page shows it. */
	record Shown(long id, Instant at, String actorName, String sentence, String targetType, long targetId,
			String target, List<Change> changes) {
	}

	/** One field that the action changed. */
	record Change(String field, String before, String after) {
	}

	/** An action for the filter, with its readable name. */
	record Action(String code, String label) {
	}

	List<Shown> read(List<AuditLog.Entry> entries, Map<Long, UserSummary> people, Locale locale) {
		return entries.stream().map(entry -> read(entry, people, locale)).toList();
	}

	List<Action> actions(Collection<String> codes, Locale locale) {
		return codes.stream().map(code -> new Action(code, text("audit.actionName." + code, locale, code))).toList();
	}

	private Shown read(AuditLog.Entry entry, Map<Long, UserSummary> people, Locale locale) {
		Map<String, Object> before = state(entry.before());
		Map<String, Object> after = state(entry.after());
		UserSummary actor = entry.actorId() == null ? null : people.get(entry.actorId());
		String who = actor == null ? text("audit.who.unknown", locale, NONE)
				: text("audit.who", locale, actor.displayName(),
						text("audit.role." + actor.role().name(), locale, actor.role().name()), actor.displayName());
		String detail = detail(entry, before, after, locale);
		String id = String.valueOf(entry.targetId());
		String sentence = sentence(entry, locale, who, id, detail);
		String target = text("audit.type." + entry.targetType(), locale, entry.targetType() + " #" + id, id);
		return new Shown(entry.id(), entry.at(), actor == null ? NONE : actor.displayName(), sentence,
				entry.targetType(), entry.targetId(), target, changes(before, after, locale));
	}

	/**
	 * {@code audit.sentence.<action>.<target type>}, else
	 * {@code audit.sentence.<action>}, else a plain one.
	 */
	private String sentence(AuditLog.Entry entry, Locale locale, Object... args) {
		String specific = "audit.sentence." + entry.action() + "." + entry.targetType();
		String general = "audit.sentence." + entry.action();
		String text = this.messages.getMessage(specific, args, null, locale);
		if (text == null) {
			text = this.messages.getMessage(general, args, null, locale);
		}
		if (text == null) {
			text = this.messages
				.getMessage("audit.sentence.other",
						new Object[] { args[0], entry.action(),
								text("audit.type." + entry.targetType(), locale, entry.targetType(), args[1]) },
						locale);
		}
		return text;
	}

	/**
	 * The third thing a sentence names, besides who and the target: what it went into,
	 * which name...
	 */
	private String detail(AuditLog.Entry entry, Map<String, Object> before, Map<String, Object> after, Locale locale) {
		Object detail = switch (entry.action()) {
			case "solution.adopt", "solution.unadopt" -> after.getOrDefault("scenario", before.get("scenario"));
			case "solution.merge", "scenario.merge" -> after.get("mergedInto");
			case "scenario.unmerge" -> before.get("mergedInto");
			case "revision.revert" -> after.get("restored");
			case "points.rule" -> after.containsKey("rule") ? value("rule", after.get("rule"), locale) : null;
			case "redemption.fulfil", "redemption.reject" -> before.get("reward");
			case "import" -> after.getOrDefault("file", after.get("format"));
			case "synonym.added", "synonym.removed" -> synonym(after.isEmpty() ? before : after);
			default -> name(after, locale) != null ? name(after, locale) : name(before, locale);
		};
		return detail == null ? NONE : String.valueOf(detail);
	}

	/** A query synonym as its page writes it: 当机 → 宕机, or 退钱 ↔ 退款 when two-way. */
	private static Object synonym(Map<String, Object> state) {
		if (!state.containsKey("phrase")) {
			return null;
		}
		String arrow = Boolean.TRUE.equals(state.get("twoWay")) ? " ↔ " : " → ";
		return state.get("phrase") + arrow + state.get("replacement");
	}

	/**
	 * The name of a tag, category, reward or account, in the reader's language when it
	 * has two.
	 */
	private static Object name(Map<String, Object> state, Locale locale) {
		Object zh = state.get("nameZh");
		Object en = state.get("nameEn");
		if (zh != null || en != null) {
			boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
			return chinese ? (zh != null ? zh : en) : (en != null ? en : zh);
		}
		if (state.get("source") instanceof Map<?, ?> source) {
			return name(cast(source), locale);
		}
		return state.getOrDefault("name", state.get("username"));
	}

	/**
	 * Every field in either state whose value differs, in the order the states list them.
	 */
	private List<Change> changes(Map<String, Object> before, Map<String, Object> after, Locale locale) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (before.containsKey(field) && after.containsKey(field) && Objects.equals(old, now)) {
				continue;
			}
			changes.add(new Change(text("audit.field." + field, locale, field),
					before.containsKey(field) ? value(field, old, locale) : NONE,
					after.containsKey(field) ? value(field, now, locale) : NONE));
		}
		return changes;
	}

	private String value(String field, Object value, Locale locale) {
		if (value == null) {
			return NONE;
		}
		if (value instanceof Boolean yes) {
			return text(yes ? "audit.value.yes" : "audit.value.no", locale, String.valueOf(yes));
		}
		if (value instanceof Collection<?> items) {
			return items.isEmpty() ? NONE
					: items.stream().map(item -> value(field, item, locale)).collect(Collectors.joining(", "));
		}
		if (value instanceof Map<?, ?> nested) {
			Object name = name(cast(nested), locale);
			return name != null ? String.valueOf(name)
					: cast(nested).entrySet()
						.stream()
						.map(e -> text("audit.field." + e.getKey(), locale, e.getKey()) + ": "
								+ value(e.getKey(), e.getValue(), locale))
						.collect(Collectors.joining(", "));
		}
		String raw = String.valueOf(value);
		return switch (field) {
			case "status" -> text("status." + raw, locale, text("rewards.status." + raw, locale, raw));
			case "role" -> text("role." + raw, locale, raw);
			case "rule" -> text("points.rule." + raw, locale, raw);
			case "scenario", "mergedInto", "merge", "target", "parent", "member", "restored" -> "#" + raw;
			default -> raw;
		};
	}

	private Map<String, Object> state(String stored) {
		if (stored == null || stored.isBlank()) {
			return Map.of();
		}
		try {
			Object parsed = this.json.readValue(stored, Object.class);
			return parsed instanceof Map<?, ?> map ? cast(map) : Map.of("value", parsed);
		}
		catch (JacksonException ex) {
			return Map.of("value", stored);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> cast(Map<?, ?> map) {
		return new LinkedHashMap<>((Map<String, Object>) map);
	}

	private String text(String key, Locale locale, String fallback, Object... args) {
		return this.messages.getMessage(key, args, fallback, locale);
	}

}
