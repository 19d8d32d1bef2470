package com.casebook.scenario;

/**
 * The text of a scenario was saved: a new revision {@code number} with this content
 * exists. Published inside the saving transaction, so the revision is stored with the
 * change or not at all.
 */
public record ScenarioRevised(long scenarioId, int number, long editorId, String summary, ScenarioContent content) {
}
