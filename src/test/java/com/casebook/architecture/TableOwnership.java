package com.casebook.architecture;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which module owns each table and view: the one place that says so (docs/architecture.md
 * repeats it as a table, and {@link TableOwnershipTest} keeps both in step). Only the
 * owner writes or reads its tables; the views in {@link #SHARED_VIEWS} are read-only
 * windows an owner opens for the others (created in the owner's migration section).
 */
final class TableOwnership {

	/**
	 * Tables and views, by owning module ({@code modulith}: the event publication
	 * registry).
	 */
	static final Map<String, String> OWNERS = owners();

	/** Views any module may read (never write). */
	static final Set<String> SHARED_VIEWS = Set.of("scenario_facts", "scenario_tag_facts", "solution_facts",
			"solution_application_facts", "measurement_facts", "measurement_checks", "account_facts",
			"search_query_facts");

	private TableOwnership() {
	}

	private static Map<String, String> owners() {
		Map<String, String> owners = new LinkedHashMap<>();
		own(owners, "user", "user_account", "login_throttle", "api_token", "account_facts", "spring_session",
				"spring_session_attributes");
		own(owners, "taxonomy", "category", "tag", "tag_synonym", "reference_item");
		own(owners, "scenario", "scenario", "scenario_kpi", "scenario_tag", "solution", "solution_contributor",
				"solution_application", "scenario_comment", "scenario_facts", "scenario_tag_facts", "solution_facts",
				"solution_application_facts", "solution_measurement", "measurement_facts", "measurement_checks",
				"measurement_confirmation");
		own(owners, "revision", "revision");
		own(owners, "search", "search_query_log", "knowledge_gap_draft", "search_outbox", "search_query_facts",
				"scenario_embedding", "query_synonym", "hsearch_agent", "hsearch_outbox_event", "search_index_version");
		own(owners, "merge", "scenario_merge", "duplicate_candidate", "duplicate_flag", "duplicate_scan");
		own(owners, "points", "point_rule", "point_entry", "reward", "redemption");
		own(owners, "notification", "notification", "watch", "mail_opt_out");
		own(owners, "audit", "audit_entry");
		own(owners, "backup", "backup_schedule");
		own(owners, "database", "shedlock");
		own(owners, "modulith", "event_publication");
		return Map.copyOf(owners);
	}

	private static void own(Map<String, String> owners, String module, String... tables) {
		for (String table : tables) {
			owners.put(table, module);
		}
	}

}
