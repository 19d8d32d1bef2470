package com.casebook.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.casebook.audit.AuditLog;
import com.casebook.backup.Backups;
import com.casebook.importer.ImportFiles;
import com.casebook.importer.ImportRuns;
import com.casebook.importer.JsonLinesExport;
import com.casebook.merge.DuplicateQueue;
import com.casebook.merge.Merges;
import com.casebook.notification.MailChoices;
import com.casebook.notification.Notifications;
import com.casebook.notification.Watches;
import com.casebook.points.ContributorProfile;
import com.casebook.points.Leaderboard;
import com.casebook.points.PointRules;
import com.casebook.points.PointsLedger;
import com.casebook.points.Rewards;
import com.casebook.report.Reports;
import com.casebook.revision.RevisionHistory;
import com.casebook.scenario.ContentHealth;
import com.casebook.scenario.EarlierTexts;
import com.casebook.scenario.ReviewQueue;
import com.casebook.scenario.MeasurementChecks;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioDrafting;
import com.casebook.scenario.ScenarioFeedback;
import com.casebook.scenario.ScenarioMarkdown;
import com.casebook.scenario.ScenarioReview;
import com.casebook.scenario.SolutionAdoption;
import com.casebook.scenario.WikiAmendments;
import com.casebook.search.IndexMaintenance;
import com.casebook.search.SearchBackend;
import com.casebook.search.KnowledgeGaps;
import com.casebook.search.QuerySynonyms;
import com.casebook.search.RelatedScenarios;
import com.casebook.search.ScenarioSearch;
import com.casebook.search.ScenarioSuggestions;
import com.casebook.search.SearchLog;
import com.casebook.search.SimilarScenarios;
import com.casebook.taxonomy.CategoryCuration;
import com.casebook.taxonomy.TagCuration;
import com.casebook.taxonomy.Taxonomy;
import com.casebook.text.MarkdownRenderer;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web layer alone, for tests of who may GET or POST what: every controller, advice
 * and web helper of every module, the application's real security rules (both filter
 * chains, method security, the role hierarchy), and mocks for every module service behind
 * them. No database, no index: such a test starts in seconds, while the behaviour behind
 * the rules stays with the {@code CasebookIntegrationTest}s. Sign in with
 * {@code user("name").roles("EDITOR")}; a controller that needs the {@code CurrentUser}
 * belongs in an integration test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "com\\.casebook\\.([a-z]+\\.)?(web|api)\\..*"))
@Import(SecurityConfiguration.class)
@MockitoBean(types = { ApiTokens.class, ImportRuns.class, CredentialsVersions.class, AccountUserDetailsService.class,
		LoginThrottle.class, MeterRegistry.class, Backups.class, UserDirectory.class, UserAdministration.class,
		AuditLog.class, ImportFiles.class, JsonLinesExport.class, DuplicateQueue.class, Merges.class,
		Notifications.class, Watches.class, MailChoices.class, ContributorProfile.class, Leaderboard.class,
		PointRules.class, PointsLedger.class, Rewards.class, Reports.class, RevisionHistory.class, ContentHealth.class,
		EarlierTexts.class, ReviewQueue.class, ScenarioDrafting.class, ScenarioReview.class, WikiAmendments.class,
		SolutionAdoption.class, ScenarioCatalogue.class, ScenarioFeedback.class, ScenarioMarkdown.class,
		MeasurementChecks.class, KnowledgeGaps.class, QuerySynonyms.class, RelatedScenarios.class, ScenarioSearch.class,
		ScenarioSuggestions.class, SearchLog.class, SimilarScenarios.class, IndexMaintenance.class, SearchBackend.class,
		CategoryCuration.class, TagCuration.class, Taxonomy.class, MarkdownRenderer.class })
public @interface WebLayerTest {

}
