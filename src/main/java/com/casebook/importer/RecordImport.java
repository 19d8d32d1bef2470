package com.casebook.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.casebook.scenario.ScenarioAuthoring;
import com.casebook.scenario.ScenarioAuthoring.ImportedScenario;
import com.casebook.user.UserSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores parsed records whatever file format they came from. Each record is its own
 * transaction, so one bad record loses nothing else; a record whose {@code ref} is already in
 * the catalogue updates that scenario as new revisions instead of duplicating it.
 */
@Service
class RecordImport {

	private final RecordConverter converter;

	private final ScenarioAuthoring authoring;

	private final TransactionTemplate transactions;

	private final Clock clock;

	RecordImport(RecordConverter converter, ScenarioAuthoring authoring, TransactionTemplate transactions,
			Clock clock) {
		this.converter = converter;
		this.authoring = authoring;
		this.transactions = transactions;
		this.clock = clock;
	}

	ImportReport store(List<NumberedRecord> records, UserSummary importer, Duration spacing) {
		List<ImportReport.LineError> errors = new ArrayList<>();
		int imported = 0;
		int updated = 0;
		Instant now = this.clock.instant();
		for (int i = 0; i < records.size(); i++) {
			NumberedRecord numbered = records.get(i);
			Instant createdAt = now.minus(spacing.multipliedBy(records.size() - i));
			try {
				boolean update = Boolean.TRUE.equals(this.transactions.execute(status -> {
					ImportedScenario scenario = this.converter.convert(numbered.record(), importer, createdAt);
					if (this.authoring.existsWithRef(scenario.externalRef())) {
						this.authoring.updateImported(scenario, importer.id());
						return true;
					}
					this.authoring.store(scenario);
					return false;
				}));
				if (update) {
					updated++;
				}
				else {
					imported++;
				}
			}
			catch (InvalidRecordException | IllegalArgumentException | IllegalStateException ex) {
				errors.add(new ImportReport.LineError(numbered.line(), ex.getMessage()));
			}
			catch (org.springframework.dao.DataAccessException ex) {
				errors.add(new ImportReport.LineError(numbered.line(),
						"could not be stored: " + ex.getMostSpecificCause().getMessage()));
			}
		}
		return new ImportReport(imported, updated, List.copyOf(errors));
	}

}
