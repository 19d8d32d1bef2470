package com.casebook.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.casebook.scenario.ScenarioImport;
import com.casebook.scenario.ScenarioImport.ImportedScenario;
import com.casebook.user.UserSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores parsed records whatever file format they came from. Each record is its own
 * transaction, so one bad record loses nothing else, and every record ends up stored or
 * reported. A record whose {@code ref} is already in the catalogue (or names a scenario
 * made here, as {@code casebook-<id>} from an export) updates that scenario as new
 * revisions, or leaves it alone when nothing differs.
 */
@Service
class RecordImport {

	private static final Logger log = LoggerFactory.getLogger(RecordImport.class);

	private enum Outcome {

		IMPORTED, UPDATED, UNCHANGED

	}

	private final RecordConverter converter;

	private final ScenarioImport imports;

	private final TransactionTemplate transactions;

	private final ImportMessages messages;

	private final Clock clock;

	RecordImport(RecordConverter converter, ScenarioImport imports, TransactionTemplate transactions,
			ImportMessages messages, Clock clock) {
		this.converter = converter;
		this.imports = imports;
		this.transactions = transactions;
		this.messages = messages;
		this.clock = clock;
	}

	ImportReport store(List<NumberedRecord> records, UserSummary importer, Duration spacing) {
		List<ImportReport.LineError> errors = new ArrayList<>();
		int[] outcomes = new int[Outcome.values().length];
		Instant now = this.clock.instant();
		for (int i = 0; i < records.size(); i++) {
			NumberedRecord numbered = records.get(i);
			Instant createdAt = now.minus(spacing.multipliedBy(records.size() - i));
			try {
				outcomes[this.transactions.execute(status -> store(numbered, importer, createdAt)).ordinal()]++;
			}
			catch (InvalidRecordException ex) {
				errors.add(this.messages.lineError(numbered.line(), ex));
			}
			catch (IllegalStateException ex) {
				errors.add(this.messages.lineError(numbered.line(), "import.line.notEditable"));
			}
			catch (RuntimeException ex) {
				// the person importing gets a line number and a plain sentence; the
				// details go to the log
				log.warn("Import line {} could not be stored", numbered.line(), ex);
				errors.add(this.messages.lineError(numbered.line(), "import.line.notStored"));
			}
		}
		return new ImportReport(outcomes[Outcome.IMPORTED.ordinal()], outcomes[Outcome.UPDATED.ordinal()],
				outcomes[Outcome.UNCHANGED.ordinal()], List.copyOf(errors));
	}

	private Outcome store(NumberedRecord numbered, UserSummary importer, Instant createdAt) {
		if (numbered.record() == null) {
			throw new InvalidRecordException("import.line.notObject");
		}
		ImportedScenario scenario = this.converter.convert(numbered.record(), importer, createdAt);
		Optional<Long> existing = this.imports.importedAs(scenario.externalRef(),
				JsonLinesExport.localId(scenario.externalRef()));
		if (existing.isPresent()) {
			return this.imports.updateImported(existing.get(), scenario, importer.id()) ? Outcome.UPDATED
					: Outcome.UNCHANGED;
		}
		this.imports.store(scenario, importer.id());
		return Outcome.IMPORTED;
	}

}
