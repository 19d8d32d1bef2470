package com.casebook.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Only links to static files reach the resource chain, and each of them once. */
class StaticResourceLinksTest {

	final List<String> lookups = new ArrayList<>();

	final StaticResourceLinks links = new StaticResourceLinks((path) -> {
		this.lookups.add(path);
		return path.equals("/css/casebook.css") ? "/css/casebook-0123.css" : null;
	});

	@Test
	void linksToPagesNeverReachTheResourceChain() {
		assertThat(this.links.rewrite("", "/scenarios/12?page=2")).isEqualTo("/scenarios/12?page=2");
		assertThat(this.links.rewrite("", "/search?q=css")).isEqualTo("/search?q=css");
		assertThat(this.links.rewrite("/app", "/elsewhere/css/x.css")).isEqualTo("/elsewhere/css/x.css");
		assertThat(this.lookups).isEmpty();
	}

	@Test
	void aStaticFileGetsItsVersionedUrlResolvedOnceKeepingQueryAndFragment() {
		assertThat(this.links.rewrite("", "/css/casebook.css")).isEqualTo("/css/casebook-0123.css");
		assertThat(this.links.rewrite("", "/css/casebook.css?x=1#top")).isEqualTo("/css/casebook-0123.css?x=1#top");
		assertThat(this.links.rewrite("/app", "/app/css/casebook.css")).isEqualTo("/app/css/casebook-0123.css");
		assertThat(this.lookups).containsExactly("/css/casebook.css");
	}

	@Test
	void aMissingStaticFileIsLookedUpOnceAndLeftAsWritten() {
		assertThat(this.links.rewrite("", "/js/missing.js")).isEqualTo("/js/missing.js");
		assertThat(this.links.rewrite("", "/js/missing.js")).isEqualTo("/js/missing.js");
		assertThat(this.lookups).containsExactly("/js/missing.js");
	}

}
