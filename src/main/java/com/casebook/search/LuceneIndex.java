package com.casebook.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import com.casebook.scenario.Scenario;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * The raw Lucene index under Hibernate Search, for the few things its DSL does not offer
 * (More Like This). Readers are opened per use and must be closed by the caller.
 */
@Component
public class LuceneIndex {

	private final EntityManagerFactory entityManagerFactory;

	LuceneIndex(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	public IndexReader openReader() {
		return Search.mapping(this.entityManagerFactory)
			.scope(Scenario.class)
			.extension(LuceneExtension.get())
			.openIndexReader();
	}

	/**
	 * What identifies the index as searches see it now: the segments with their deletions
	 * (Lucene's cache key of each segment's reader, which a write replaces). Equal points
	 * in time mean every query answers alike; null when a segment has no such key.
	 */
	public Object pointInTime() {
		IndexReader reader = openReader();
		try {
			List<IndexReader.CacheKey> segments = new ArrayList<>();
			for (LeafReaderContext leaf : reader.leaves()) {
				IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
				if (helper == null) {
					return null;
				}
				segments.add(helper.getKey());
			}
			return segments;
		}
		finally {
			close(reader);
		}
	}

	public Analyzer analyzer(String name) {
		return Search.mapping(this.entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(name)
			.orElseThrow(() -> new IllegalStateException("No analyzer named " + name));
	}

	static void close(IndexReader reader) {
		try {
			reader.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
