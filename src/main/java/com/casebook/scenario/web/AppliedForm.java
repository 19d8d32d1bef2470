package com.casebook.scenario.web;

/**
 * "I applied this": a ticket, a one-line outcome and, optionally, the person's own
 * measurement (the row's fields, all left empty when they measured nothing).
 */
public class AppliedForm extends MeasurementRow {

	private String ticket;

	private String outcome;

	public String getTicket() {
		return this.ticket;
	}

	public void setTicket(String ticket) {
		this.ticket = ticket;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

}
