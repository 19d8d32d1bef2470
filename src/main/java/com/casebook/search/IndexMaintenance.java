package com.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import com.casebook.scenario.Scenario;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the Lucene index in step with the database across restarts: it is rebuilt from the
 * database when it is empty while the database is not, or when the mapping version recorded next
 * to it differs from {@link ScenarioIndexMapping#VERSION}.
 */
@Component
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	private final EntityManagerFactory entityManagerFactory;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final Path versionFile;

	IndexMaintenance(EntityManagerFactory entityManagerFactory, EntityManager entityManager,
			TransactionTemplate transactions, @Value("${casebook.data-dir}") Path dataDir) {
		this.entityManagerFactory = entityManagerFactory;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.versionFile = dataDir.resolve("index").resolve("mapping.version");
	}

	// first among the ready listeners: the app announces itself ready only once search works
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void rebuildIfNeeded() {
		String reason = reasonToRebuild();
		if (reason != null) {
			log.info("Rebuilding the search index: {}", reason);
			rebuild();
		}
	}

	/** Drops the index and indexes every scenario again; returns how long it took in ms. */
	public long rebuild() {
		long started = System.nanoTime();
		SearchMapping mapping = Search.mapping(this.entityManagerFactory);
		try {
			mapping.scope(Scenario.class)
				.massIndexer()
				.dropAndCreateSchemaOnStart(true)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(50)
				.startAndWait();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while rebuilding the search index", ex);
		}
		writeVersion();
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Search index rebuilt in {} ms", millis);
		return millis;
	}

	private String reasonToRebuild() {
		String recorded = readVersion();
		if (!String.valueOf(ScenarioIndexMapping.VERSION).equals(recorded)) {
			return recorded == null ? "no index yet" : "mapping changed from version " + recorded;
		}
		long indexed = this.transactions.execute(status -> {
			SearchSession session = Search.session(this.entityManager);
			return session.search(Scenario.class).where(f -> f.matchAll()).fetchTotalHitCount();
		});
		long stored = this.transactions.execute(status -> this.entityManager
			.createQuery("select count(s) from Scenario s", Long.class)
			.getSingleResult());
		return (indexed == 0 && stored > 0) ? "the index is empty" : null;
	}

	private String readVersion() {
		try {
			return Files.exists(this.versionFile) ? Files.readString(this.versionFile).trim() : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private void writeVersion() {
		try {
			Files.createDirectories(this.versionFile.getParent());
			Files.writeString(this.versionFile, String.valueOf(ScenarioIndexMapping.VERSION));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
