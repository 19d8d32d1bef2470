package com.casebook.merge;

import java.util.List;

import com.casebook.search.SimilarScenario;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which nearest neighbours in meaning the duplicate queue proposes: one close enough that
 * also stands out from the next neighbour.
 */
class DuplicatesByMeaningTest {

	@Test
	void aNeighbourThatDoesNotStandOutFromTheNextIsNotProposed() {
		// the English scenarios of the demo catalogue follow each other this closely
		List<SimilarScenario> english = List.of(new SimilarScenario(1, "a", 0.863f),
				new SimilarScenario(2, "b", 0.827f), new SimilarScenario(3, "c", 0.811f));
		List<SimilarScenario> duplicate = List.of(new SimilarScenario(4, "d", 0.884f));

		assertThat(DuplicateQueue.sameMeaning(english, 6)).isEmpty();
		assertThat(DuplicateQueue.sameMeaning(duplicate, 6)).extracting(SimilarScenario::id).containsExactly(4L);
	}

}
