package com.casebook.revision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByScenarioIdOrderByCreatedAtDescIdDesc(long scenarioId);

	List<Revision> findByScenarioIdOrSolutionIdInOrderByCreatedAtDescIdDesc(long scenarioId,
			Collection<Long> solutionIds);

	Optional<Revision> findByScenarioIdAndSolutionIdIsNullAndNumber(long scenarioId, int number);

	Optional<Revision> findBySolutionIdAndNumber(long solutionId, int number);

	void deleteByScenarioId(long scenarioId);

	Page<Revision> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	Page<Revision> findByAuthorIdOrderByCreatedAtDescIdDesc(long authorId, Pageable pageable);

	Page<Revision> findByScenarioIdInOrderByCreatedAtDescIdDesc(Collection<Long> scenarioIds, Pageable pageable);

	Page<Revision> findByAuthorIdAndScenarioIdInOrderByCreatedAtDescIdDesc(long authorId, Collection<Long> scenarioIds,
			Pageable pageable);

}
