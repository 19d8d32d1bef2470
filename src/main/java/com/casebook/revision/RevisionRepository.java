package com.casebook.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByScenarioIdOrderByCreatedAtDescIdDesc(long scenarioId);

	List<Revision> findByScenarioIdOrSolutionIdInOrderByCreatedAtDescIdDesc(long scenarioId,
			Collection<Long> solutionIds);

	Optional<Revision> findByScenarioIdAndSolutionIdIsNullAndNumber(long scenarioId, int number);

	Optional<Revision> findBySolutionIdAndNumber(long solutionId, int number);

	void deleteByScenarioId(long scenarioId);

	Page<Revision> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Page<Revision> findByAuthorIdOrderByCreatedAtDescIdDesc(long authorId, Pageable pageable);

	/**
	 * Revisions of published scenarios, newest first; by one author when {@code authorId}
	 * is not null. Joined to the scenario module's read-only view, so the cost does not
	 * grow with the number of published scenarios.
	 */
	@Query(value = """
			select r.* from revision r join scenario_facts f on f.id = r.scenario_id
			where f.status = 'PUBLISHED' and (cast(:authorId as bigint) is null or r.author_id = :authorId)
			order by r.created_at desc, r.id desc
			""", countQuery = """
			select count(*) from revision r join scenario_facts f on f.id = r.scenario_id
			where f.status = 'PUBLISHED' and (cast(:authorId as bigint) is null or r.author_id = :authorId)
			""", nativeQuery = true)
	Page<Revision> findOfPublishedScenarios(@Param("authorId") Long authorId, Pageable pageable);

}
