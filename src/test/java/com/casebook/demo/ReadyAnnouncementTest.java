package com.casebook.demo;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.casebook.CasebookApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application as {@code spring-boot:run} does (a real port, demo mode),
 * sharing the test run's embedded PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadyAnnouncementTest {

	private static final String LAST_RUNNER_DONE = "the last start-up runner is done";

	@Test
	void theUrlAndTheDemoAccountsAreAnnouncedOnceEveryStartUpRunnerIsDone(CapturedOutput output) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CasebookApplication.class,
				LastRunner.class)
			.profiles("test")
			.run("--server.port=0")) {
			int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(port).isNotEqualTo(8080);
			String ready = "Casebook is ready: open http://localhost:" + port
					+ " and sign in as reader, manager, manager2, editor or admin, all with the password 'demo'";

			assertThat(output.getOut()).contains(LAST_RUNNER_DONE, ready);
			assertThat(output.getOut().indexOf(ready)).isGreaterThan(output.getOut().indexOf(LAST_RUNNER_DONE));
			HttpResponse<Void> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.discarding());
			assertThat(health.statusCode()).isEqualTo(200);
		}
	}

	/** Runs after every runner of the application, demo content included. */
	static class LastRunner {

		private static final Logger log = LoggerFactory.getLogger(LastRunner.class);

		@Bean
		@Order(Ordered.LOWEST_PRECEDENCE)
		ApplicationRunner lastRunner() {
			return args -> log.info(LAST_RUNNER_DONE);
		}

	}

}
