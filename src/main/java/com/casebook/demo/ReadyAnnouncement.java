package com.casebook.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Casebook where to open it, and in demo mode how to sign
 * in, once it is really ready: Spring Boot's "Started" line comes before the start-up
 * runners, which create the accounts and import the demo scenarios; the ready event comes
 * after them, with the web server already answering, and this is its last listener (after
 * the search index rebuild).
 */
@Component
class ReadyAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(ReadyAnnouncement.class);

	private final DemoMode demoMode;

	ReadyAnnouncement(DemoMode demoMode) {
		this.demoMode = demoMode;
	}

	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void announce(ApplicationReadyEvent event) {
		Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
		if (port == null) {
			// no web server (a test with a mock servlet environment): nothing to open
			return;
		}
		String url = "http://localhost:" + port;
		if (this.demoMode.isOn()) {
			log.info("Casebook is ready: open {} and sign in as reader, manager, manager2, editor or admin, "
					+ "all with the password 'demo'", url);
		}
		else {
			log.info("Casebook is ready: open {}", url);
		}
	}

}
