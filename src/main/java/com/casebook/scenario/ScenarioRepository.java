package com.casebook.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScenarioRepository extends JpaRepository<Scenario, Long>, JpaSpecificationExecutor<Scenario> {

	Page<Scenario> findByStatus(ScenarioStatus status, Pageable pageable);

	List<Scenario> findByStatus(ScenarioStatus status);

	Optional<Scenario> findByExternalRef(String externalRef);

	List<RefAndId> findByExternalRefIn(Collection<String> externalRefs);

	/** A scenario's external ref with its id. */
	interface RefAndId {

		String getExternalRef();

		Long getId();

	}

	/**
	 * For each of these scenarios with a live solution: how many, and whether one is
	 * adopted (what a catalogue row shows of its solutions).
	 */
	@Query("select s.scenario.id as scenarioId, count(s) as solutions, "
			+ "sum(case when s.adopted = true then 1 else 0 end) as adopted "
			+ "from Solution s where s.scenario.id in ?1 and s.mergedIntoId is null group by s.scenario.id")
	List<SolutionSummary> summarizeSolutions(Collection<Long> scenarioIds);

	/** A scenario's live solutions, counted. */
	interface SolutionSummary {

		Long getScenarioId();

		Long getSolutions();

		Long getAdopted();

	}

	/** The scenario with its row locked until the transaction ends, for writing. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Scenario s where s.id = ?1")
	Optional<Scenario> findForUpdate(long id);

	Page<Scenario> findByStatusIn(Collection<ScenarioStatus> statuses, Pageable pageable);

	long countByStatus(ScenarioStatus status);

	@Query("select s.id from Scenario s where s.status in ?1 order by s.id")
	List<Long> findIdsByStatusIn(Collection<ScenarioStatus> statuses);

	@Query("select s.id from Scenario s where s.id in ?1 and s.status in ?2")
	List<Long> findIdsByIdInAndStatusIn(Collection<Long> ids, Collection<ScenarioStatus> statuses);

	List<Scenario> findByStatusOrderBySubmittedAtAscIdAsc(ScenarioStatus status);

	List<Scenario> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

	@Query("select s.id from Scenario s join s.tagIds t where t = ?1 order by s.id")
	List<Long> findIdsTaggedWith(long tagId);

	@Query("select s.id from Scenario s where s.categoryId = ?1 order by s.id")
	List<Long> findIdsByCategoryId(long categoryId);

	@Query("select s.categoryId, count(s) from Scenario s where s.categoryId is not null group by s.categoryId")
	List<Object[]> countByCategory();

	long countByCategoryIdIn(Collection<Long> categoryIds);

	@Query("select t, count(s) from Scenario s join s.tagIds t where s.status = ?1 group by t")
	List<Object[]> countByTag(ScenarioStatus status);

	@Query("select count(s) from Scenario s join s.tagIds t where t = ?1 and ?2 not member of s.tagIds")
	long countTaggedWithout(long tagId, long otherTagId);

	/** Frequent or severe published scenarios whose solutions nobody has adopted yet. */
	@Query("""
			select s from Scenario s
			where s.status = com.casebook.scenario.ScenarioStatus.PUBLISHED
			  and (s.frequency in (com.casebook.scenario.Frequency.DAILY, com.casebook.scenario.Frequency.WEEKLY)
			       or s.severity in (com.casebook.scenario.Severity.HIGH, com.casebook.scenario.Severity.CRITICAL))
			  and not exists (select 1 from Solution a where a.scenario = s and a.adopted = true)
			order by s.severity desc nulls last, s.frequency desc nulls last, s.appliedCount desc, s.id
			""")
	List<Scenario> findSopCandidates();

}
