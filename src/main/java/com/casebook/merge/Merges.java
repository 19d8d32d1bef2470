package com.casebook.merge;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.casebook.scenario.MergeSnapshot;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.ScenarioMerging;
import com.casebook.user.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merging a duplicate scenario into another, and undoing it. Each is one transaction: the
 * moves, both revisions, the merge record, the duplicate queue and every listener of the
 * merge event (points, audit) commit together or not at all.
 */
@Service
public class Merges {

	private final ScenarioMerging merging;

	private final ScenarioMergeRepository records;

	private final DuplicateQueue queue;

	private final ScenarioCatalogue catalogue;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final Clock clock;

	Merges(ScenarioMerging merging, ScenarioMergeRepository records, DuplicateQueue queue, ScenarioCatalogue catalogue,
			ApplicationEventPublisher events, MessageSource messages, Clock clock) {
		this.merging = merging;
		this.records = records;
		this.queue = queue;
		this.catalogue = catalogue;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public ScenarioContent preview(long targetId, long sourceId, String situation) {
		return this.merging.preview(targetId, sourceId, situation);
	}

	@Transactional
	public long merge(long targetId, long sourceId, String situation, CurrentUser editor, Locale locale) {
		MergeSnapshot snapshot = this.merging.merge(targetId, sourceId, situation, editor,
				text("merge.history.target", locale, sourceId, title(sourceId)),
				text("merge.history.source", locale, targetId, title(targetId)));
		ScenarioMergeRecord record = this.records
			.save(new ScenarioMergeRecord(snapshot, editor.getId(), this.clock.instant()));
		Set<Long> flaggedBy = this.queue.resolveByMerge(targetId, sourceId);
		this.events.publishEvent(new MergeEvents.ScenariosMerged(record.getId(), targetId, sourceId, editor.getId(),
				flaggedBy, snapshot.sourceStatusBefore()));
		return record.getId();
	}

	@Transactional
	public void undo(long mergeId, CurrentUser editor, Locale locale) {
		ScenarioMergeRecord record = this.records.findById(mergeId)
			.orElseThrow(() -> new IllegalArgumentException("No merge " + mergeId));
		record.undo(editor.getId(), this.clock.instant());
		this.merging.unmerge(record.snapshot(), editor,
				text("merge.history.undoTarget", locale, record.getSourceId(), title(record.getSourceId())),
				text("merge.history.undoSource", locale, record.getTargetId(), title(record.getTargetId())));
		this.queue.reopenAfterUndo(record.getTargetId(), record.getSourceId());
		this.events.publishEvent(
				new MergeEvents.MergeUndone(mergeId, record.getTargetId(), record.getSourceId(), editor.getId()));
	}

	/** Merges this scenario took part in, newest first. */
	@Transactional(readOnly = true)
	public List<ScenarioMergeRecord> involving(long scenarioId) {
		return this.records.findByTargetIdOrSourceIdOrderByMergedAtDesc(scenarioId, scenarioId);
	}

	private String title(long scenarioId) {
		return this.catalogue.find(scenarioId).map(s -> s.getTitle()).orElse("");
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
