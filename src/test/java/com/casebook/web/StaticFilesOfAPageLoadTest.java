package com.casebook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every stylesheet, script and image a page links to loads, for a signed-in person and
 * for a visitor on the sign-in page: the versioned URLs the links carry are served and
 * public.
 */
@CasebookIntegrationTest
class StaticFilesOfAPageLoadTest {

	private static final Pattern OWN_STATIC_LINK = Pattern
		.compile("(?:src|href)=\"(/(?:css|js|images|webjars|favicon)[^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void everyStaticFileTheCatalogueLinksToLoadsForASignedInReader() throws Exception {
		String page = this.mvc.perform(get("/scenarios").with(this.users.as("reader")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> links = staticLinks(page);
		assertThat(links).anyMatch(link -> link.startsWith("/favicon")).anyMatch(link -> link.startsWith("/css/"));
		for (String link : links) {
			assertThat(this.mvc.perform(get(link).with(this.users.as("reader"))).andReturn().getResponse().getStatus())
				.as(link)
				.isEqualTo(200);
		}
	}

	@Test
	void everyStaticFileTheSignInPageLinksToLoadsForAVisitor() throws Exception {
		String page = this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		for (String link : staticLinks(page)) {
			assertThat(this.mvc.perform(get(link)).andReturn().getResponse().getStatus()).as(link).isEqualTo(200);
		}
	}

	private static List<String> staticLinks(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = OWN_STATIC_LINK.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1).replace("&amp;", "&"));
		}
		return links;
	}

}
