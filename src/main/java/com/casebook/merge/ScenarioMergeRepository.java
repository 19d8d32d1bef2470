package com.casebook.merge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioMergeRepository extends JpaRepository<ScenarioMergeRecord, Long> {

	List<ScenarioMergeRecord> findByTargetIdOrSourceIdOrderByMergedAtDesc(long targetId, long sourceId);

	Optional<ScenarioMergeRecord> findFirstBySourceIdAndUndoneAtIsNullOrderByMergedAtDesc(long sourceId);

}
