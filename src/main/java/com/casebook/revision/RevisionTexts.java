package com.casebook.revision;

import java.util.Optional;

import com.casebook.scenario.EarlierTexts;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Earlier texts read back from the stored revisions. */
@Component
@Transactional(readOnly = true)
class RevisionTexts implements EarlierTexts {

	private final RevisionRepository revisions;

	private final ContentSnapshots snapshots;

	RevisionTexts(RevisionRepository revisions, ContentSnapshots snapshots) {
		this.revisions = revisions;
		this.snapshots = snapshots;
	}

	@Override
	public Optional<ScenarioContent> scenarioAt(long scenarioId, int number) {
		return this.revisions.findByScenarioIdAndSolutionIdIsNullAndNumber(scenarioId, number)
			.map(this.snapshots::scenario);
	}

	@Override
	public Optional<SolutionContent> solutionAt(long solutionId, int number) {
		return this.revisions.findBySolutionIdAndNumber(solutionId, number).map(this.snapshots::solution);
	}

}
