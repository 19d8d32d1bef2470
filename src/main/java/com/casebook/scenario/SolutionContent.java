package com.casebook.scenario;

/**
 * The template fields of one solution.
 */
public record SolutionContent(String actions, String effect, String prevention) {
}
