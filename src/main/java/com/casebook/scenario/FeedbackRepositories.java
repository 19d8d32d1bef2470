package com.casebook.scenario;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SolutionApplicationRepository extends JpaRepository<SolutionApplication, Long> {

	boolean existsBySolutionIdAndUserId(long solutionId, long userId);

	List<SolutionApplication> findByScenarioIdAndUserId(long scenarioId, long userId);

	List<SolutionApplication> findByScenarioIdAndKpiIdNotNull(long scenarioId);

}

interface ScenarioCommentRepository extends JpaRepository<ScenarioComment, Long> {

	List<ScenarioComment> findByScenarioIdOrderByCreatedAtAsc(long scenarioId);

}
