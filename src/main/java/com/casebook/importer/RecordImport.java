package com.casebook.importer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import com.casebook.database.WriteBehind;
import com.casebook.scenario.ScenarioImport;
import com.casebook.search.BulkIndexing;
import com.casebook.scenario.ScenarioImport.ImportedScenario;
import com.casebook.user.UserSummary;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores parsed records whatever file format they came from,
 * {@code casebook.import.batch-size} records (250) per transaction, so a large import
 * costs a few commits and a few index writes instead of one of each per record. Each
 * record is still all or nothing: when a batch fails it is rolled back and stored again
 * as two halves, down to single records, so one bad record loses nothing else and every
 * record ends up stored or reported. A record whose {@code ref} is already in the
 * catalogue (or names a scenario made here, as {@code casebook-<id>} from an export)
 * updates that scenario as new revisions, or leaves it alone when nothing differs; a
 * later line of the same file sees an earlier one.
 */
@Service
class RecordImport {

	private static final Logger log = LoggerFactory.getLogger(RecordImport.class);

	private enum Outcome {

		IMPORTED, UPDATED, UNCHANGED

	}

	/**
	 * Records per transaction: large enough that commits and index writes stop mattering,
	 * small enough that a batch's persistence context stays cheap to flush.
	 */
	static final int BATCH_SIZE = 250;

	private final int batchSize;

	/**
	 * New lines are staged and written together every this many lines (and at the end of
	 * their batch): their inserts go out as JDBC batches of
	 * {@code hibernate.jdbc.batch_size} rows per table instead of a round trip per row.
	 */
	static final int FLUSH_EVERY = 50;

	/**
	 * The name of a batch's transaction, so that what the batches commit can be told from
	 * what the listeners of their events commit afterwards.
	 */
	static final String BATCH_TRANSACTION = "casebook.import.batch";

	private final RecordConverter converter;

	private final ScenarioImport imports;

	private final TransactionTemplate transactions;

	private final ImportMessages messages;

	private final Clock clock;

	private final ImportRuns runs;

	private final EntityManager entityManager;

	private final BulkIndexing indexing;

	private final WriteBehind writeBehind;

	RecordImport(RecordConverter converter, ScenarioImport imports, TransactionTemplate transactions,
			ImportMessages messages, Clock clock, ImportRuns runs, EntityManager entityManager, BulkIndexing indexing,
			WriteBehind writeBehind, @Value("${casebook.import.batch-size:" + BATCH_SIZE + "}") int batchSize) {
		this.writeBehind = writeBehind;
		this.indexing = indexing;
		this.batchSize = Math.max(1, batchSize);
		this.runs = runs;
		this.entityManager = entityManager;
		this.converter = converter;
		this.imports = imports;
		this.transactions = new TransactionTemplate(transactions.getTransactionManager(), transactions);
		this.transactions.setName(BATCH_TRANSACTION);
		this.messages = messages;
		this.clock = clock;
	}

	ImportReport store(List<NumberedRecord> records, UserSummary importer, Duration spacing) {
		try (ImportRuns.Run run = this.runs.start(importer.username(), records.size())) {
			return store(records, importer, spacing, run);
		}
	}

	ImportReport store(List<NumberedRecord> records, UserSummary importer, Duration spacing, ImportProgress progress) {
		Instant now = this.clock.instant();
		List<Dated> dated = new ArrayList<>(records.size());
		for (int i = 0; i < records.size(); i++) {
			dated.add(new Dated(records.get(i), now.minus(spacing.multipliedBy(records.size() - i))));
		}
		// closing the run waits for the last batches' documents: what was imported is
		// searchable when the import returns
		try (BulkIndexing.Run indexing = this.indexing.start()) {
			return store(dated, importer, new Tally(records.size(), progress, indexing));
		}
	}

	private ImportReport store(List<Dated> dated, UserSummary importer, Tally tally) {
		try {
			for (int from = 0; from < dated.size(); from += this.batchSize) {
				storeBatch(dated.subList(from, Math.min(from + this.batchSize, dated.size())), importer, tally);
			}
		}
		catch (ImportStopped ex) {
			// lines are handled in order, so the ones not yet counted are the rest;
			// nothing of the batch that was cut short was kept
			for (Dated record : List.copyOf(dated.subList(tally.done, dated.size()))) {
				tally.refused(this.messages.lineError(record.numbered().line(), "import.line.stopped"));
			}
		}
		return new ImportReport(tally.outcomes[Outcome.IMPORTED.ordinal()], tally.outcomes[Outcome.UPDATED.ordinal()],
				tally.outcomes[Outcome.UNCHANGED.ordinal()], List.copyOf(tally.errors));
	}

	private void storeBatch(List<Dated> batch, UserSummary importer, Tally tally) {
		if (batch.size() == 1) {
			storeAlone(batch.get(0), importer, tally);
			return;
		}
		int[] outcomes;
		try {
			outcomes = this.transactions.execute(status -> {
				tally.indexing.deferToCommit();
				this.writeBehind.start();
				int[] counts = new int[Outcome.values().length];
				Map<String, Long> known = this.imports.idsByExternalRef(refsOf(batch));
				int staged = 0;
				for (Dated record : batch) {
					stopIfStopping();
					counts[store(record.numbered(), importer, record.createdAt(), known).ordinal()]++;
					if (++staged % FLUSH_EVERY == 0) {
						flushAndClear();
					}
				}
				flushAndClear();
				return counts;
			});
		}
		catch (ImportStopped ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// one record (or more) is refused: the batch left nothing behind, so its
			// halves are tried on their own until the refused records stand alone
			int half = batch.size() / 2;
			storeBatch(batch.subList(0, half), importer, tally);
			storeBatch(batch.subList(half, batch.size()), importer, tally);
			return;
		}
		tally.stored(outcomes, batch.size());
	}

	private void storeAlone(Dated record, UserSummary importer, Tally tally) {
		int line = record.numbered().line();
		stopIfStopping();
		try {
			Outcome outcome = this.transactions.execute(status -> {
				tally.indexing.deferToCommit();
				this.writeBehind.start();
				Outcome stored = store(record.numbered(), importer, record.createdAt(),
						this.imports.idsByExternalRef(refsOf(List.of(record))));
				// a row the database refuses is refused here, as this line's
				this.writeBehind.flush();
				this.entityManager.flush();
				return stored;
			});
			int[] outcomes = new int[Outcome.values().length];
			outcomes[outcome.ordinal()]++;
			tally.stored(outcomes, 1);
		}
		catch (InvalidRecordException ex) {
			tally.refused(this.messages.lineError(line, ex));
		}
		catch (IllegalStateException ex) {
			tally.refused(this.messages.lineError(line, "import.line.notEditable"));
		}
		catch (RuntimeException ex) {
			// the person importing gets a line number and a plain sentence; the
			// details go to the log
			log.warn("Import line {} could not be stored", line, ex);
			tally.refused(this.messages.lineError(line, "import.line.notStored"));
		}
	}

	/**
	 * Stores one record; {@code known} holds the ids of the batch's refs already in the
	 * catalogue and learns the ones this record adds, so a later line of the same file
	 * with the same ref updates it.
	 */
	private Outcome store(NumberedRecord numbered, UserSummary importer, Instant createdAt, Map<String, Long> known) {
		if (numbered.record() == null) {
			throw new InvalidRecordException("import.line.notObject");
		}
		ImportedScenario scenario = this.converter.convert(numbered.record(), importer, createdAt);
		Optional<Long> existing = existing(scenario.externalRef(), known);
		if (existing.isPresent()) {
			return this.imports.updateImported(existing.get(), scenario, importer.id()) ? Outcome.UPDATED
					: Outcome.UNCHANGED;
		}
		long id = this.imports.stage(scenario, importer.id());
		if (scenario.externalRef() != null) {
			known.put(scenario.externalRef(), id);
		}
		return Outcome.IMPORTED;
	}

	private Optional<Long> existing(String ref, Map<String, Long> known) {
		if (ref == null) {
			return Optional.empty();
		}
		Long byRef = known.get(ref);
		if (byRef != null) {
			return Optional.of(byRef);
		}
		// only a ref an export wrote for a scenario made here needs another look
		Long localId = JsonLinesExport.localId(ref);
		return localId == null ? Optional.empty() : this.imports.importedAs(ref, localId);
	}

	/**
	 * Writes the audit entries and points the lines since the last flush caused (held
	 * back by {@link WriteBehind}, one batch each; the points written announce their
	 * events, whose publications are persisted), then what the lines staged, as JDBC
	 * batches (ids from sequences, inserts ordered by table), and forgets the lines'
	 * entities, so later flushes do not dirty-check every line before them.
	 */
	private void flushAndClear() {
		// first the held-back rows: their events' publications are then in the flush
		this.writeBehind.flush();
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private static Set<String> refsOf(List<Dated> batch) {
		Set<String> refs = new HashSet<>();
		for (Dated record : batch) {
			ScenarioRecord line = record.numbered().record();
			if (line != null && line.ref() != null && !line.ref().isBlank()) {
				refs.add(line.ref());
			}
		}
		return refs;
	}

	private void stopIfStopping() {
		if (this.runs.stopping()) {
			throw new ImportStopped();
		}
	}

	/** The application is stopping: the import ends after the line it is on. */
	private static final class ImportStopped extends RuntimeException {

		ImportStopped() {
			super("The application is stopping", null, false, false);
		}

	}

	/** A record with the creation time it gets. */
	private record Dated(NumberedRecord numbered, Instant createdAt) {
	}

	/** What the import did so far, told to the progress as batches commit. */
	private static final class Tally {

		private final int[] outcomes = new int[Outcome.values().length];

		private final List<ImportReport.LineError> errors = new ArrayList<>();

		private final int total;

		private final ImportProgress progress;

		/**
		 * The batches' scenarios are indexed after each commit, off the import's thread.
		 */
		private final BulkIndexing.Run indexing;

		private int done;

		Tally(int total, ImportProgress progress, BulkIndexing.Run indexing) {
			this.total = total;
			this.progress = progress;
			this.indexing = indexing;
		}

		void stored(int[] counts, int records) {
			for (int i = 0; i < counts.length; i++) {
				this.outcomes[i] += counts[i];
			}
			advance(records);
		}

		void refused(ImportReport.LineError error) {
			this.errors.add(error);
			advance(1);
		}

		private void advance(int records) {
			this.done += records;
			this.progress.advanced(this.done, this.total);
		}

	}

}
