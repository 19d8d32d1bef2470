package com.casebook.search;

import java.io.StringReader;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.casebook.CasebookApplication;
import com.casebook.importer.JsonLinesImport;
import com.casebook.scenario.Scenario;
import com.casebook.scenario.WikiAmendments;
import com.casebook.scenario.ScenarioCatalogue;
import com.casebook.scenario.ScenarioContent;
import com.casebook.search.semantic.EmbeddingWorker;
import com.casebook.user.CurrentUser;
import com.casebook.user.UserDirectory;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application in a JVM of its own, for {@link IndexConsistencyTest}: it imports or
 * edits scenarios and, once the transaction numbered {@code pauseAt} has committed in
 * PostgreSQL but before Hibernate Search has written it to Lucene, says so on stdout and
 * waits to be killed. That is the moment a {@code kill -9} loses an index change; waiting
 * there makes the crash land in it every time instead of by luck. Lines for the test
 * start with {@code @@}.
 */
final class IndexCrashChild {

	static final String ADMIN_PASSWORD = "index-consistency-admin";

	private IndexCrashChild() {
	}

	/**
	 * {@code import <count> <pauseAt>}, {@code edit <count> <pauseAt>},
	 * {@code verify <word>...} or {@code stop-while-loading}; the remaining arguments are
	 * Spring properties.
	 */
	public static void main(String[] args) throws Exception {
		String mode = args[0];
		String[] properties = Arrays.copyOfRange(args, indexOfProperties(args), args.length);
		ConfigurableApplicationContext context = SpringApplication.run(CasebookApplication.class, properties);
		switch (mode) {
			case "import" -> importScenarios(context, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
			case "edit" -> editBurst(context, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
			case "verify" -> verify(context, List.of(args).subList(1, indexOfProperties(args)));
			case "stop-while-loading" -> stopWhileLoading(context);
			default -> throw new IllegalArgumentException(mode);
		}
		context.close();
		System.exit(0);
	}

	/**
	 * Waits until the embedding worker is inside ONNX Runtime creating the model's
	 * session, destroys the worker as a closing context does first, and says whether its
	 * thread still runs: the rest of a close can be quick, and the JVM's exit then tears
	 * ONNX Runtime down under that native call.
	 */
	private static void stopWhileLoading(ConfigurableApplicationContext context) throws Exception {
		awaitModelLoading();
		context.getBean(EmbeddingWorker.class).destroy();
		System.out.println("@@ worker in native code after its destroy " + embeddingWorkerInOnnxRuntime());
	}

	private static void awaitModelLoading() throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (System.nanoTime() < deadline) {
			for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
				if (thread.getKey().getName().equals("embedding-worker") && Arrays.stream(thread.getValue())
					.anyMatch(frame -> frame.getMethodName().equals("createSession"))) {
					System.out.println("@@ loading");
					return;
				}
			}
			Thread.sleep(1);
		}
		throw new IllegalStateException("The embedding model was never seen loading");
	}

	/**
	 * Whether the worker's thread is inside ONNX Runtime (its thread may outlive the
	 * executor's termination by a moment, idle).
	 */
	private static boolean embeddingWorkerInOnnxRuntime() {
		return Thread.getAllStackTraces()
			.entrySet()
			.stream()
			.filter(thread -> thread.getKey().getName().equals("embedding-worker"))
			.flatMap(thread -> Arrays.stream(thread.getValue()))
			.anyMatch(frame -> frame.getClassName().startsWith("ai.onnxruntime."));
	}

	private static int indexOfProperties(String[] args) {
		for (int i = 0; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				return i;
			}
		}
		return args.length;
	}

	static String line(String ref, String title, String situation) {
		return "{\"ref\":\"" + ref + "\",\"title\":\"" + title + "\",\"situation\":\"" + situation
				+ "\",\"category\":\"排班与人力/话务预测\",\"channel\":\"电话\",\"kpis\":[\"服务水平\"],\"tags\":[\"排班\"],"
				+ "\"frequency\":\"WEEKLY\",\"severity\":\"HIGH\",\"solutions\":[{\"actions\":\"1. 调整班次\","
				+ "\"effect\":\"服务水平回升\",\"adopted\":false}]}\n";
	}

	private static void importScenarios(ConfigurableApplicationContext context, int count, int pauseAt) {
		pauseAfterCommit(context, pauseAt, "imported");
		StringBuilder file = new StringBuilder();
		for (int i = 1; i <= count; i++) {
			file.append(line("crash-" + i, "批量导入情景 " + i, "导入中断测试 " + i));
		}
		JsonLinesImport importer = context.getBean(JsonLinesImport.class);
		importer.importFrom(new StringReader(file.toString()),
				context.getBean(UserDirectory.class).findByUsername("admin").orElseThrow());
	}

	/**
	 * Imports one scenario, then amends its situation {@code count} times, one word per
	 * edit.
	 */
	private static void editBurst(ConfigurableApplicationContext context, int count, int pauseAt) {
		context.getBean(JsonLinesImport.class)
			.importFrom(new StringReader(line("burst", "连续编辑情景", "edit " + IndexConsistencyTest.WORDS.get(0))),
					context.getBean(UserDirectory.class).findByUsername("admin").orElseThrow());
		ScenarioCatalogue catalogue = context.getBean(ScenarioCatalogue.class);
		WikiAmendments amendments = context.getBean(WikiAmendments.class);
		CurrentUser admin = (CurrentUser) context.getBean(UserDetailsService.class).loadUserByUsername("admin");
		long id = context.getBean(JdbcTemplate.class)
			.queryForObject("select id from scenario where external_ref = 'burst'", Long.class);
		System.out.println("@@ scenario " + id);
		pauseAfterCommit(context, pauseAt, "edited");
		for (int edit = 1; edit <= count; edit++) {
			Scenario scenario = catalogue.find(id).orElseThrow();
			ScenarioContent content = scenario.content();
			ScenarioContent edited = content.toBuilder()
				.situation("edit " + IndexConsistencyTest.WORDS.get(edit))
				.build();
			amendments.amend(id, admin, edited, scenario.getRevisionNumber(), "burst " + edit);
		}
	}

	/**
	 * Prints the database's ids and versions, the index's, and which scenarios each word
	 * finds.
	 */
	private static void verify(ConfigurableApplicationContext context, List<String> words) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		jdbc.query("select id, version from scenario order by id",
				(ResultSet row) -> System.out.println("@@ db " + row.getLong(1) + " " + row.getLong(2)));
		EntityManager entityManager = context.getBean(EntityManager.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
			List<List<?>> hits = Search.session(entityManager)
				.search(Scenario.class)
				.select(f -> f.composite(f.id(Long.class), f.field("version", Long.class)))
				.where(f -> f.matchAll())
				.fetchAllHits();
			hits.forEach(hit -> System.out.println("@@ index " + hit.get(0) + " " + hit.get(1)));
			for (String word : words) {
				List<Object> found = Search.session(entityManager)
					.search(Scenario.class)
					.select(f -> f.id())
					.where(f -> f.match().field("situation_en").matching(word))
					.fetchAllHits();
				System.out.println("@@ found " + word + " " + found);
			}
		});
	}

	/**
	 * Registers a Hibernate listener ahead of Hibernate Search's, so that its
	 * after-completion callback runs before the one that writes to Lucene.
	 */
	private static void pauseAfterCommit(ConfigurableApplicationContext context, int pauseAt, String what) {
		AtomicInteger commits = new AtomicInteger();
		Set<Object> sessions = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
		AfterCompletionCallback pause = (success, session) -> {
			sessions.remove(session);
			if (success && commits.incrementAndGet() == pauseAt) {
				System.out.println("@@ paused " + what + " " + pauseAt);
				System.out.flush();
				sleepUntilKilled();
			}
		};
		PostInsertEventListener onInsert = new PostInsertEventListener() {
			@Override
			public void onPostInsert(PostInsertEvent event) {
				watch(event.getEntity(), event.getSession(), sessions, pause);
			}

			@Override
			public boolean requiresPostCommitHandling(EntityPersister persister) {
				return false;
			}
		};
		PostUpdateEventListener onUpdate = new PostUpdateEventListener() {
			@Override
			public void onPostUpdate(PostUpdateEvent event) {
				watch(event.getEntity(), event.getSession(), sessions, pause);
			}

			@Override
			public boolean requiresPostCommitHandling(EntityPersister persister) {
				return false;
			}
		};
		EventListenerRegistry listeners = context.getBean(EntityManagerFactory.class)
			.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		listeners.prependListeners(EventType.POST_INSERT, onInsert);
		listeners.prependListeners(EventType.POST_UPDATE, onUpdate);
	}

	private static void watch(Object entity, SharedSessionContractImplementor session, Set<Object> sessions,
			AfterCompletionCallback pause) {
		if (entity instanceof Scenario && sessions.add(session)) {
			session.getTransactionCompletionCallbacks().registerCallback(pause);
		}
	}

	private static void sleepUntilKilled() {
		try {
			Thread.sleep(120_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
