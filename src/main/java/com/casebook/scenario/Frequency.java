package com.casebook.scenario;

public enum Frequency {

	RARE, MONTHLY, WEEKLY, DAILY

}
