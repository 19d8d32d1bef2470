package com.casebook.user;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SessionStoreTest {

	private static final String[] CANDIDATES = { SessionStore.JDBC_SESSIONS,
			"org.springframework.boot.session.autoconfigure.SessionAutoConfiguration" };

	private static boolean[] match(MockEnvironment environment) {
		SessionStore store = new SessionStore();
		store.setEnvironment(environment);
		return store.match(CANDIDATES, null);
	}

	@Test
	void byDefaultSessionsStayInTheNodesMemory() {
		assertThat(match(new MockEnvironment())).containsExactly(false, true);
	}

	@Test
	void jdbcLetsSpringSessionJdbcConfigureItself() {
		assertThat(match(new MockEnvironment().withProperty(SessionStore.PROPERTY, " JDBC "))).containsExactly(true,
				true);
		assertThat(match(new MockEnvironment().withProperty(SessionStore.PROPERTY, "memory"))).containsExactly(false,
				true);
	}

	@Test
	void anyOtherChoiceStopsTheStartNamingTheChoices() {
		assertThatIllegalStateException()
			.isThrownBy(() -> match(new MockEnvironment().withProperty(SessionStore.PROPERTY, "redis")))
			.withMessageContaining("'redis'")
			.withMessageContaining("'memory'")
			.withMessageContaining("'jdbc'");
	}

}
