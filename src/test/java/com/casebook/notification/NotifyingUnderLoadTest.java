package com.casebook.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.casebook.AsyncListeners;
import com.casebook.CasebookIntegrationTest;
import com.casebook.SignedIn;
import com.casebook.scenario.ScenarioContent;
import com.casebook.scenario.SolutionContent;
import com.casebook.scenario.TestScenarios;
import com.casebook.user.CurrentUser;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Notifying never takes a second connection while a save still holds its first: more
 * saves succeeding at the same moment than the pool has connections all answer, and every
 * watcher is told.
 */
@CasebookIntegrationTest
class NotifyingUnderLoadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestScenarios scenarios;

	@Autowired
	Notifications notifications;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	DataSource dataSource;

	@Autowired
	ThreadPoolTaskExecutor executor;

	@Test
	void moreSimultaneousSavesThanPooledConnectionsAllSucceedAndTheirWatchersAreTold() throws Exception {
		int saves = this.dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize() + 6;
		CurrentUser author = this.scenarios.user("manager");
		List<Long> scenarios = new ArrayList<>();
		for (int i = 0; i < saves; i++) {
			scenarios.add(this.scenarios.published(author,
					ScenarioContent.builder()
						.title("并发通知情景 " + i + " " + System.nanoTime())
						.situation("并发保存的描述")
						.categoryId(1L)
						.build(),
					SolutionContent.of("1. 做法", "效果")));
		}
		new AsyncListeners(this.executor).awaitIdle();

		ExecutorService pool = Executors.newFixedThreadPool(saves);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> answers = new ArrayList<>();
		for (long id : scenarios) {
			answers.add(pool.submit(() -> {
				start.await();
				return this.mvc
					.perform(post("/scenarios/" + id + "/solutions/new").param("actions", "1. 同时想到的做法")
						.param("effect", "同样有效")
						.with(new SignedIn(this.accounts).as("manager2"))
						.with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(statuses).hasSize(saves).containsOnly(302);
		new AsyncListeners(this.executor).awaitIdle();
		List<String> told = this.notifications.of(author.getId(), 500)
			.stream()
			.filter(n -> n.type().equals("solutionAdded"))
			.map(Notifications.Notification::link)
			.toList();
		assertThat(told).containsAll(scenarios.stream().map(id -> "/scenarios/" + id).toList());
	}

}
