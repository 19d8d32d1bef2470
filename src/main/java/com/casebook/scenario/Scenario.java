package com.casebook.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import jakarta.persistence.SequenceGenerator;

import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioAmended;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioArchived;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioPublished;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSentBack;
import com.casebook.scenario.ScenarioLifecycleEvents.ScenarioSubmitted;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdded;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionAdoptionChanged;
import com.casebook.scenario.ScenarioLifecycleEvents.SolutionsMerged;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A situation from contact-centre operations and the solutions managers found for it.
 * <p>
 * Invariants: a scenario has a title; a submitted or published scenario also has a
 * situation, a category and at least one solution; at most one solution is adopted; text
 * changes only from the latest revision (a save based on an older one is an edit
 * conflict). Other aggregates (category, tags, reference entries, authors) are held by
 * id.
 * <p>
 * It announces its own changes: each mutator registers the events other modules react to
 * (revisions, lifecycle, adoption), and the repository publishes them when the scenario
 * is saved ({@code save}/{@code saveAndFlush}), inside the same transaction. An event
 * naming a new solution is completed at that moment, once the flush has given the
 * solution its id; what it reports (content, numbers, statuses) is taken when the change
 * is made.
 */
@Entity
@EntityListeners(ScenarioWriteListener.class)
public class Scenario {

	@Id
	// ids 50 at a time (pooled-lo, V41), so an import's inserts are batched
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scenario_id")
	@SequenceGenerator(name = "scenario_id", sequenceName = "scenario_id_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String situation;

	private Long categoryId;

	private Long channelId;

	private Long businessLineId;

	@Enumerated(EnumType.STRING)
	private Frequency frequency;

	@Enumerated(EnumType.STRING)
	private Severity severity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ScenarioStatus status;

	@Column(nullable = false, updatable = false)
	private long authorId;

	private String externalRef;

	private long viewCount;

	private int appliedCount;

	/**
	 * The number of the latest revision of the scenario's own text (its solutions count
	 * their own).
	 */
	private int revisionNumber;

	private String reviewComment;

	private Long reviewedBy;

	@ElementCollection
	@CollectionTable(name = "scenario_kpi", joinColumns = @JoinColumn(name = "scenario_id"))
	@Column(name = "kpi_id")
	private Set<Long> kpiIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "scenario_tag", joinColumns = @JoinColumn(name = "scenario_id"))
	@Column(name = "tag_id")
	private Set<Long> tagIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "scenario", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("adopted desc, position asc, id asc")
	private List<Solution> solutions = new ArrayList<>();

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	private Instant submittedAt;

	private Instant publishedAt;

	private Long mergedIntoId;

	private Long ownerId;

	private Instant lastReviewedAt;

	private Instant reviewRemindedAt;

	@Version
	private long version;

	@Transient
	private final List<Supplier<Object>> events = new ArrayList<>();

	protected Scenario() {
	}

	private Scenario(long authorId, ScenarioContent content, Instant now) {
		this.authorId = authorId;
		this.status = ScenarioStatus.DRAFT;
		this.createdAt = now;
		apply(content, now);
		this.revisionNumber = 1;
	}

	/** A new draft, visible to its author only; its text is revision 1. */
	public static Scenario draft(long authorId, ScenarioContent content, Instant now) {
		return draft(authorId, content, null, now);
	}

	/** A new draft whose first revision carries {@code summary} (an import's ref). */
	static Scenario draft(long authorId, ScenarioContent content, String summary, Instant now) {
		Scenario scenario = new Scenario(authorId, content, now);
		scenario.announceRevision(authorId, summary);
		return scenario;
	}

	void apply(ScenarioContent content, Instant now) {
		if (content.title() == null || content.title().isBlank()) {
			throw new IllegalArgumentException("A scenario needs a title");
		}
		this.title = content.title().trim();
		this.situation = content.situation() == null ? "" : content.situation();
		this.categoryId = content.categoryId();
		this.channelId = content.channelId();
		this.businessLineId = content.businessLineId();
		this.frequency = content.frequency();
		this.severity = content.severity();
		this.kpiIds.clear();
		this.kpiIds.addAll(content.kpiIds());
		this.tagIds.clear();
		this.tagIds.addAll(content.tagIds());
		this.updatedAt = now;
	}

	/**
	 * Saves new text made from revision {@code baseRevision}; refused if somebody saved
	 * since. Returns the new revision number. Announces the revision, and on a published
	 * scenario the amendment.
	 */
	int revise(ScenarioContent content, int baseRevision, long editorId, String summary, Instant now) {
		requireLatest(baseRevision);
		if (this.status == ScenarioStatus.MERGED || this.status == ScenarioStatus.ARCHIVED) {
			throw new IllegalStateException("A " + this.status + " scenario cannot be edited");
		}
		if (!differsFrom(content)) {
			throw new UnchangedTextException(this.id, null);
		}
		apply(content, now);
		this.revisionNumber++;
		announceRevision(editorId, summary);
		if (this.status == ScenarioStatus.PUBLISHED) {
			this.lastReviewedAt = now;
			int number = this.revisionNumber;
			announce(() -> new ScenarioAmended(this.id, null, number, editorId));
		}
		return this.revisionNumber;
	}

	/** Refuses a save made from {@code baseRevision} if somebody saved the text since. */
	public void requireLatest(int baseRevision) {
		if (baseRevision != this.revisionNumber) {
			throw new EditConflictException(this.id, null, baseRevision, this.revisionNumber);
		}
	}

	/**
	 * Whether saving {@code content} would change the text: what {@link #apply} would
	 * store is compared, so a title differing only in surrounding spaces is no change.
	 */
	public boolean differsFrom(ScenarioContent content) {
		return !content.normalized().equals(content());
	}

	/**
	 * Saves new text of one solution made from its revision {@code baseRevision}; a save
	 * that changes nothing is refused, so it makes no revision.
	 */
	int reviseSolution(long solutionId, SolutionContent content, int baseRevision, long editorId, String summary,
			Instant now) {
		Solution solution = solution(solutionId);
		if (baseRevision != solution.getRevisionNumber()) {
			throw new EditConflictException(this.id, solutionId, baseRevision, solution.getRevisionNumber());
		}
		content = content.creditMeasurements(solution.content(), editorId);
		if (solution.content().equals(content)) {
			throw new UnchangedTextException(this.id, solutionId);
		}
		SolutionContent saved = content;
		int number = solution.revise(saved, now);
		this.updatedAt = now;
		announce(() -> new SolutionRevised(this.id, solutionId, number, editorId, summary, saved));
		if (this.status == ScenarioStatus.PUBLISHED) {
			this.lastReviewedAt = now;
			announce(() -> new ScenarioAmended(this.id, solutionId, number, editorId));
		}
		return number;
	}

	/**
	 * An editor returns a submission to its author with a comment saying what to change.
	 */
	void sendBack(long editorId, String comment, Instant now) {
		requireStatus(ScenarioStatus.SUBMITTED);
		if (comment == null || comment.isBlank()) {
			throw new IllegalArgumentException("Sending back needs a comment for the author");
		}
		this.status = ScenarioStatus.DRAFT;
		this.reviewComment = comment.trim();
		this.reviewedBy = editorId;
		this.updatedAt = now;
		announce(() -> new ScenarioSentBack(this.id, this.authorId, editorId, comment));
	}

	void archive(long editorId, Instant now) {
		requireStatus(ScenarioStatus.PUBLISHED);
		this.status = ScenarioStatus.ARCHIVED;
		this.updatedAt = now;
		announce(() -> new ScenarioArchived(this.id, this.authorId, editorId));
	}

	/**
	 * The vocabulary merged tag {@code sourceId} into {@code targetId}; a new revision by
	 * the curator records it.
	 */
	void retag(long sourceId, long targetId, long curatorId, String summary) {
		if (this.tagIds.remove(sourceId)) {
			this.tagIds.add(targetId);
			vocabularyChanged(curatorId, summary);
		}
	}

	/**
	 * The vocabulary merged category {@code sourceId} into {@code targetId}; a new
	 * revision by the curator records it.
	 */
	void refile(long sourceId, long targetId, long curatorId, String summary) {
		if (Objects.equals(this.categoryId, sourceId)) {
			this.categoryId = targetId;
			vocabularyChanged(curatorId, summary);
		}
	}

	/**
	 * Filing changed under the text: a revision (so history tells why, and a form opened
	 * before is refused as a conflict) without an amendment (the author earns nothing and
	 * watchers are not told).
	 */
	private void vocabularyChanged(long curatorId, String summary) {
		this.revisionNumber++;
		announceRevision(curatorId, summary);
	}

	void recordApplication(long solutionId) {
		solution(solutionId).countApplication();
		this.appliedCount++;
	}

	/**
	 * Only a draft that never went to review may be deleted: once submitted, editors have
	 * seen it and the duplicate scan may point at it.
	 */
	public boolean isDeletableDraft() {
		return this.status == ScenarioStatus.DRAFT && this.submittedAt == null;
	}

	public boolean isEditableBy(long userId, boolean editor) {
		return switch (this.status) {
			case DRAFT, SUBMITTED -> editor || this.authorId == userId;
			case PUBLISHED -> true;
			default -> false;
		};
	}

	/** A solution written by its author, who saves it. */
	Solution addSolution(long solutionAuthorId, SolutionContent content, Instant now) {
		return addSolution(solutionAuthorId, content, solutionAuthorId, null, now);
	}

	/**
	 * A solution by {@code solutionAuthorId} saved by {@code editorId} (an editor
	 * completing a draft, an import); on a published scenario, a further solution.
	 */
	Solution addSolution(long solutionAuthorId, SolutionContent typed, long editorId, String summary, Instant now) {
		SolutionContent content = typed.creditMeasurements(null, editorId);
		int position = this.solutions.stream().mapToInt(Solution::getPosition).max().orElse(0) + 1;
		Solution solution = new Solution(this, solutionAuthorId, content, position, now);
		this.solutions.add(solution);
		this.updatedAt = now;
		announce(() -> new SolutionRevised(this.id, solution.getId(), 1, editorId, summary, content));
		if (this.status == ScenarioStatus.PUBLISHED) {
			announce(() -> new SolutionAdded(this.id, solution.getId(), solutionAuthorId));
		}
		return solution;
	}

	void submit(Instant now) {
		requireStatus(ScenarioStatus.DRAFT);
		requireComplete();
		this.status = ScenarioStatus.SUBMITTED;
		this.submittedAt = now;
		this.reviewComment = null;
		announce(() -> new ScenarioSubmitted(this.id, this.authorId));
	}

	/** An editor's publication after review. */
	void publish(long editorId, Instant now) {
		becomePublished(now);
		this.reviewedBy = editorId;
		this.reviewComment = null;
		announce(() -> new ScenarioPublished(this.id, this.authorId, editorId));
	}

	/**
	 * Published as written elsewhere (an import by {@code importerId}): announced like
	 * any publication, the review fields left alone.
	 */
	void publishImported(long importerId, Instant now) {
		becomePublished(now);
		announce(() -> new ScenarioPublished(this.id, this.authorId, importerId));
	}

	private void becomePublished(Instant now) {
		if (this.status != ScenarioStatus.SUBMITTED && this.status != ScenarioStatus.DRAFT) {
			throw new IllegalStateException("Only drafts and submissions can be published, not " + this.status);
		}
		requireComplete();
		this.status = ScenarioStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
		this.lastReviewedAt = now;
		if (this.ownerId == null) {
			this.ownerId = this.authorId;
		}
	}

	/**
	 * Whether the content must be confirmed, {@code intervalDays} after it was last
	 * confirmed.
	 */
	public boolean needsReview(int intervalDays, Instant now) {
		return this.status == ScenarioStatus.PUBLISHED && this.lastReviewedAt != null
				&& this.lastReviewedAt.plus(Duration.ofDays(intervalDays)).isBefore(now);
	}

	/** Someone checked the content and it is still right: a revision records it. */
	int confirmStillValid(Instant now) {
		requireStatus(ScenarioStatus.PUBLISHED);
		this.lastReviewedAt = now;
		this.updatedAt = now;
		return ++this.revisionNumber;
	}

	void assignOwner(long ownerId) {
		this.ownerId = ownerId;
	}

	void markReminded(Instant now) {
		this.reviewRemindedAt = now;
	}

	/** When the owner was last reminded that the scenario is due; null if never. */
	public Instant getReviewRemindedAt() {
		return this.reviewRemindedAt;
	}

	/** Reminded already since the content last became due. */
	public boolean isRemindedSinceDue() {
		return this.reviewRemindedAt != null && this.lastReviewedAt != null
				&& this.reviewRemindedAt.isAfter(this.lastReviewedAt);
	}

	public Long getOwnerId() {
		return this.ownerId;
	}

	public Instant getLastReviewedAt() {
		return this.lastReviewedAt;
	}

	/**
	 * Marks the solution as the recommended practice, without a note (an import, an
	 * undone merge giving an adoption back); any other adopted one is unmarked first.
	 * Both changes are announced as made by {@code editorId}.
	 */
	void adopt(long solutionId, long editorId) {
		markAdopted(solution(solutionId), editorId, null);
	}

	/**
	 * Marks one of the solutions just added, before the scenario is first saved (an
	 * import storing a line in one go), as the recommended practice.
	 */
	void adoptImported(Solution added, long editorId) {
		if (!this.solutions.contains(added)) {
			throw new IllegalArgumentException("Not a solution of this scenario");
		}
		markAdopted(added, editorId, null);
	}

	/**
	 * An editor's adoption: recorded with who, when and why. Adopting the solution that
	 * is already adopted only records the new note.
	 */
	void adopt(long solutionId, long editorId, String note, Instant now) {
		Solution chosen = solution(solutionId);
		if (!chosen.isAdopted()) {
			markAdopted(chosen, editorId, note);
			this.updatedAt = now;
		}
		chosen.recordAdoption(editorId, note, now);
	}

	private void markAdopted(Solution chosen, long editorId, String note) {
		adoptedSolution().filter(previous -> previous != chosen).ifPresent(previous -> unadopt(previous, editorId));
		if (!chosen.isAdopted()) {
			chosen.markAdopted(true);
			// the id is read when the event goes out: a solution added in the same save
			// has none yet
			announce(() -> new SolutionAdoptionChanged(this.id, chosen.getId(), chosen.getAuthorId(), editorId, true,
					note));
		}
	}

	/** No solution is the recommended practice any more; announced if one was. */
	void withdrawAdoption(long editorId, Instant now) {
		adoptedSolution().ifPresent(adopted -> {
			unadopt(adopted, editorId);
			this.updatedAt = now;
		});
	}

	private void unadopt(Solution adopted, long editorId) {
		adopted.markAdopted(false);
		long solutionId = adopted.getId();
		announce(() -> new SolutionAdoptionChanged(this.id, solutionId, adopted.getAuthorId(), editorId, false, null));
	}

	/**
	 * Takes in a duplicate's content (its solutions were moved here already); a new
	 * revision.
	 */
	int absorb(ScenarioContent merged, int appliedMoved, Instant now) {
		apply(merged, now);
		this.appliedCount += appliedMoved;
		return ++this.revisionNumber;
	}

	/**
	 * Becomes a redirect to the scenario it was merged into; a new revision records it.
	 */
	int mergeInto(long targetId, int appliedMoved, Instant now) {
		this.status = ScenarioStatus.MERGED;
		this.mergedIntoId = targetId;
		this.appliedCount -= appliedMoved;
		this.updatedAt = now;
		return ++this.revisionNumber;
	}

	/** Undoing a merge: back to the text before it, as a new revision. */
	int release(ScenarioContent before, int appliedBack, Instant now) {
		apply(before, now);
		this.appliedCount -= appliedBack;
		return ++this.revisionNumber;
	}

	int restoreFromMerge(ScenarioStatus status, int appliedBack, Instant now) {
		this.status = status;
		this.mergedIntoId = null;
		this.appliedCount += appliedBack;
		this.updatedAt = now;
		return ++this.revisionNumber;
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	public Optional<Solution> adoptedSolution() {
		return this.solutions.stream().filter(Solution::isAdopted).findFirst();
	}

	void recordExternalRef(String ref) {
		this.externalRef = ref;
	}

	public Solution solution(long solutionId) {
		return this.solutions.stream()
			.filter(s -> Objects.equals(s.getId(), solutionId))
			.findFirst()
			.orElseThrow(() -> new SolutionNotFoundException(this.id, solutionId));
	}

	/**
	 * What the template requires before review
	 * ({@link ScenarioContent#missingForReview}).
	 */
	private void requireComplete() {
		List<TemplateField> missing = content().missingForReview(this.solutions.size());
		if (!missing.isEmpty()) {
			throw new IllegalStateException("The scenario still needs: " + missing);
		}
	}

	private void requireStatus(ScenarioStatus expected) {
		if (this.status != expected) {
			throw new IllegalStateException("Expected " + expected + " but the scenario is " + this.status);
		}
	}

	/**
	 * Solutions in reading order: the adopted one first, then in the order they were
	 * added. Solutions merged into another are left out; they live on in the kept one and
	 * in history.
	 */
	public List<Solution> getSolutions() {
		return this.solutions.stream()
			.filter(Solution::isLive)
			.sorted(Comparator.comparing(Solution::isAdopted).reversed().thenComparing(Solution::getPosition))
			.toList();
	}

	/** Every solution ever written here, merged ones included (for history and moves). */
	public List<Solution> getAllSolutions() {
		return List.copyOf(this.solutions);
	}

	/**
	 * Two solutions saying the same thing become one: {@code kept} takes the combined
	 * text (a new revision), {@code merged} is hidden but kept with its history, and its
	 * authors are credited on the kept one. Returns the kept solution's new revision
	 * number.
	 */
	int mergeSolutions(long keptId, long mergedId, SolutionContent combined, long editorId, String summary,
			Instant now) {
		if (keptId == mergedId) {
			throw new IllegalArgumentException("A solution cannot be merged into itself");
		}
		requireStatus(ScenarioStatus.PUBLISHED);
		Solution kept = solution(keptId);
		Solution merged = solution(mergedId);
		if (!kept.isLive() || !merged.isLive()) {
			throw new IllegalArgumentException("Only live solutions can be merged");
		}
		SolutionContent credited = combined.creditMeasurements(kept.content(), editorId);
		int number = kept.revise(credited, now);
		kept.credit(merged);
		announce(() -> new SolutionRevised(this.id, keptId, number, editorId, summary, credited));
		if (merged.isAdopted()) {
			// the adoption moves to the kept solution: announced like any adoption change
			adopt(keptId, editorId);
		}
		merged.mergeInto(keptId);
		this.updatedAt = now;
		announce(() -> new SolutionsMerged(this.id, keptId, mergedId, editorId));
		return number;
	}

	/**
	 * Solutions in the order they were added, whatever is adopted (for matching imports).
	 */
	public List<Solution> getSolutionsInOrderAdded() {
		return this.solutions.stream()
			.filter(Solution::isLive)
			.sorted(Comparator.comparing(Solution::getPosition).thenComparing(Solution::getId))
			.toList();
	}

	/**
	 * Registers an event to publish when the scenario is next saved; {@code event} runs
	 * then, so ids given by that save's flush are known.
	 */
	private void announce(Supplier<Object> event) {
		this.events.add(event);
	}

	private void announceRevision(long editorId, String summary) {
		int number = this.revisionNumber;
		ScenarioContent content = content();
		announce(() -> new ScenarioRevised(this.id, number, editorId, summary, content));
	}

	@DomainEvents
	List<Object> domainEvents() {
		return this.events.stream().map(Supplier::get).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.events.clear();
	}

	public ScenarioContent content() {
		return ScenarioContent.builder()
			.title(this.title)
			.situation(this.situation)
			.categoryId(this.categoryId)
			.channelId(this.channelId)
			.businessLineId(this.businessLineId)
			.kpiIds(this.kpiIds)
			.tagIds(this.tagIds)
			.frequency(this.frequency)
			.severity(this.severity)
			.build();
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSituation() {
		return this.situation;
	}

	public Long getCategoryId() {
		return this.categoryId;
	}

	public Long getChannelId() {
		return this.channelId;
	}

	public Long getBusinessLineId() {
		return this.businessLineId;
	}

	public Frequency getFrequency() {
		return this.frequency;
	}

	public Severity getSeverity() {
		return this.severity;
	}

	public ScenarioStatus getStatus() {
		return this.status;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public String getExternalRef() {
		return this.externalRef;
	}

	public long getViewCount() {
		return this.viewCount;
	}

	public int getAppliedCount() {
		return this.appliedCount;
	}

	public int getRevisionNumber() {
		return this.revisionNumber;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public Long getReviewedBy() {
		return this.reviewedBy;
	}

	Set<Long> kpiIdsForLoading() {
		return this.kpiIds;
	}

	Set<Long> tagIdsForLoading() {
		return this.tagIds;
	}

	List<Solution> solutionsForLoading() {
		return this.solutions;
	}

	public Set<Long> getKpiIds() {
		return Set.copyOf(this.kpiIds);
	}

	public Set<Long> getTagIds() {
		return Set.copyOf(this.tagIds);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
