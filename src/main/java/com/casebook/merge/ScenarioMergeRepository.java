package com.casebook.merge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScenarioMergeRepository extends JpaRepository<ScenarioMergeRecord, Long> {

	List<ScenarioMergeRecord> findByTargetIdOrSourceIdOrderByMergedAtDesc(long targetId, long sourceId);

}
