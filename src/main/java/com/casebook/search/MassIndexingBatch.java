package com.casebook.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.casebook.scenario.Scenario;

import org.hibernate.engine.spi.EntityKey;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingEnvironment;

/**
 * What a document needs from outside the entity (stored vectors, measured effects), read
 * for a mass indexer's whole loading batch in one query instead of one per scenario.
 * <p>
 * The mass indexer's loading threads load a batch of scenarios into a session, then build
 * their documents one after the other on the same thread. On such a thread
 * ({@link #environment()} marks it), the first document that asks for some data reads it
 * for every scenario of the session's persistence context (the batch) and keeps it on the
 * thread; each later document of the batch takes its own part, which is then dropped, so
 * nothing outlives the batch. Everywhere else (indexing at a commit, reindexing by id)
 * each document reads its own data, fresh, as before.
 */
public final class MassIndexingBatch {

	private static final ThreadLocal<Map<String, Map<Long, Object>>> PRELOADED = new ThreadLocal<>();

	private MassIndexingBatch() {
	}

	/** Marks the mass indexer's threads, for the length of their work. */
	static MassIndexingEnvironment environment() {
		return new MassIndexingEnvironment() {
			@Override
			public void beforeExecution(Context context) {
				PRELOADED.set(new HashMap<>());
			}

			@Override
			public void afterExecution(Context context) {
				PRELOADED.remove();
			}
		};
	}

	/**
	 * The scenario's part of some data: in a mass index, from one read for the whole
	 * batch ({@code forBatch}, given the scenarios' ids; a scenario it leaves out gets
	 * {@code none}); otherwise from {@code forOne}.
	 */
	@SuppressWarnings("unchecked")
	public static <T> T of(String what, Scenario scenario, TypeBridgeWriteContext context,
			Function<Collection<Long>, Map<Long, T>> forBatch, T none, Function<Long, T> forOne) {
		Map<String, Map<Long, Object>> preloaded = PRELOADED.get();
		Long id = scenario.getId();
		if (preloaded == null || id == null) {
			return forOne.apply(id);
		}
		Map<Long, Object> data = preloaded.computeIfAbsent(what, key -> new HashMap<>());
		if (!data.containsKey(id)) {
			Set<Long> batch = new LinkedHashSet<>();
			batch.add(id);
			batch.addAll(scenariosLoaded(context));
			batch.removeAll(data.keySet());
			Map<Long, T> read = forBatch.apply(batch);
			batch.forEach(one -> data.put(one, read.getOrDefault(one, none)));
		}
		return (T) data.remove(id);
	}

	private static Set<Long> scenariosLoaded(TypeBridgeWriteContext context) {
		Set<Long> ids = new LinkedHashSet<>();
		SessionImplementor session = context.extension(HibernateOrmExtension.get())
			.session()
			.unwrap(SessionImplementor.class);
		for (Map.Entry<EntityKey, Object> entry : session.getPersistenceContextInternal()
			.getEntitiesByKey()
			.entrySet()) {
			if (entry.getValue() instanceof Scenario && entry.getKey().getIdentifier() instanceof Long id) {
				ids.add(id);
			}
		}
		return ids;
	}

}
