package com.casebook.scenario;

public enum Severity {

	LOW, MEDIUM, HIGH, CRITICAL

}
