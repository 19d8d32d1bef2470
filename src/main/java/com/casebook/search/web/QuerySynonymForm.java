package com.casebook.search.web;

import com.casebook.search.QuerySynonyms;

/** A new query synonym as typed: both sides and whether it works both ways. */
public class QuerySynonymForm {

	private String phrase = "";

	private String replacement = "";

	private boolean twoWay;

	static QuerySynonymForm forPhrase(String phrase) {
		QuerySynonymForm form = new QuerySynonymForm();
		form.setPhrase(phrase);
		return form;
	}

	QuerySynonyms.NewSynonym synonym() {
		return new QuerySynonyms.NewSynonym(this.phrase, this.replacement, this.twoWay);
	}

	public String getPhrase() {
		return this.phrase;
	}

	public void setPhrase(String phrase) {
		this.phrase = (phrase == null) ? "" : phrase;
	}

	public String getReplacement() {
		return this.replacement;
	}

	public void setReplacement(String replacement) {
		this.replacement = (replacement == null) ? "" : replacement;
	}

	public boolean isTwoWay() {
		return this.twoWay;
	}

	public void setTwoWay(boolean twoWay) {
		this.twoWay = twoWay;
	}

}
