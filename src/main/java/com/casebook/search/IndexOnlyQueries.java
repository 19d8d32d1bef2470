package com.casebook.search;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Component;

/**
 * Runs queries that the index answers alone (projections, counts, aggregations, never an
 * entity loaded) in a session of their own, outside any transaction. A transaction would
 * take a database connection from the pool for the whole query although no SQL runs:
 * under load the searches then waited for connections that pages needed.
 */
@Component
class IndexOnlyQueries {

	private final EntityManagerFactory entityManagers;

	IndexOnlyQueries(EntityManagerFactory entityManagers) {
		this.entityManagers = entityManagers;
	}

	<T> T run(Function<SearchSession, T> query) {
		try (EntityManager session = this.entityManagers.createEntityManager()) {
			return query.apply(Search.session(session));
		}
	}

}
