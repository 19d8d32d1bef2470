package com.casebook.scenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.persistence.SequenceGenerator;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * One way a manager handled the scenario's situation: the actions, their effect and what
 * prevents it next time. Part of the {@link Scenario} aggregate; each solution keeps its
 * own author.
 */
@Entity
public class Solution {

	@Id
	// ids 50 at a time (pooled-lo, V41), so an import's inserts are batched
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "solution_id")
	@SequenceGenerator(name = "solution_id", sequenceName = "solution_id_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "scenario_id")
	private Scenario scenario;

	@Column(nullable = false)
	private String actions;

	@Column(nullable = false)
	private String effect;

	private String prevention;

	@Column(nullable = false, updatable = false)
	private long authorId;

	private boolean adopted;

	private Long mergedIntoId;

	// a handful at most, read with every solution shown
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "solution_contributor", joinColumns = @JoinColumn(name = "solution_id"))
	@Column(name = "user_id")
	private Set<Long> contributorIds = new LinkedHashSet<>();

	// shown with every solution; a second query, not a join beside the contributors
	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SUBSELECT)
	@CollectionTable(name = "solution_measurement", joinColumns = @JoinColumn(name = "solution_id"))
	@OrderColumn(name = "position")
	private List<StoredMeasurement> measurements = new ArrayList<>();

	private String adoptionNote;

	private Long adoptedBy;

	private Instant adoptedAt;

	private int position;

	private int revisionNumber;

	private int appliedCount;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Solution() {
	}

	Solution(Scenario scenario, long authorId, SolutionContent content, int position, Instant now) {
		this.scenario = scenario;
		this.authorId = authorId;
		this.position = position;
		this.createdAt = now;
		apply(content, now);
		this.revisionNumber = 1;
	}

	int revise(SolutionContent content, Instant now) {
		apply(content, now);
		this.revisionNumber++;
		return this.revisionNumber;
	}

	void countApplication() {
		this.appliedCount++;
	}

	void apply(SolutionContent content, Instant now) {
		if (!content.hasRequiredFields()) {
			throw new IllegalArgumentException("A solution needs actions and an effect");
		}
		this.actions = content.actions();
		this.effect = content.effect();
		this.prevention = content.prevention();
		if (content.measurements().size() > Measurement.MAX_PER_SOLUTION
				|| content.measurements().stream().anyMatch(m -> !m.problems().isEmpty())) {
			throw new IllegalArgumentException("A measurement is incomplete or out of range");
		}
		this.measurements.clear();
		content.measurements().stream().map(StoredMeasurement::new).forEach(this.measurements::add);
		this.updatedAt = now;
	}

	void markAdopted(boolean adopted) {
		this.adopted = adopted;
		if (!adopted) {
			this.adoptionNote = null;
			this.adoptedBy = null;
			this.adoptedAt = null;
		}
	}

	void recordAdoption(long editorId, String note, Instant now) {
		this.adoptionNote = note == null || note.isBlank() ? null : note.strip();
		this.adoptedBy = editorId;
		this.adoptedAt = now;
	}

	public boolean isLive() {
		return this.mergedIntoId == null;
	}

	public Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	/**
	 * People credited besides the author: the authors of solutions merged into this one.
	 */
	public Set<Long> getContributorIds() {
		return Set.copyOf(this.contributorIds);
	}

	void credit(Solution merged) {
		if (merged.authorId != this.authorId) {
			this.contributorIds.add(merged.authorId);
		}
		merged.contributorIds.stream().filter(id -> id != this.authorId).forEach(this.contributorIds::add);
	}

	void mergeInto(long keptId) {
		this.mergedIntoId = keptId;
	}

	void setAppliedCount(int count) {
		this.appliedCount = count;
	}

	public String getAdoptionNote() {
		return this.adoptionNote;
	}

	public Long getAdoptedBy() {
		return this.adoptedBy;
	}

	public Instant getAdoptedAt() {
		return this.adoptedAt;
	}

	public SolutionContent content() {
		return new SolutionContent(this.actions, this.effect, this.prevention,
				this.measurements.stream().map(StoredMeasurement::measurement).toList());
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Scenario getScenario() {
		return this.scenario;
	}

	public String getActions() {
		return this.actions;
	}

	public String getEffect() {
		return this.effect;
	}

	/** The figures the solution's text reports (its authors'), in the order written. */
	public List<Measurement> getMeasurements() {
		return content().measurements();
	}

	public String getPrevention() {
		return this.prevention;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	public boolean isAdopted() {
		return this.adopted;
	}

	public int getRevisionNumber() {
		return this.revisionNumber;
	}

	public int getAppliedCount() {
		return this.appliedCount;
	}

	public int getPosition() {
		return this.position;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
