package com.casebook;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements a piece of work runs on the calling thread (each statement
 * prepared or created on a connection of the application's data source; a batch counts
 * once), so tests can say what a request costs the database without timing it. Work done
 * on other threads, such as background writers, is not counted.
 */
public final class SqlStatements implements BeanPostProcessor {

	private static final Set<String> STATEMENT_METHODS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	private static final ThreadLocal<int[]> CONNECTIONS = new ThreadLocal<>();

	private static volatile List<String> everyThread;

	/**
	 * The statements the work ran on this thread, as SQL (or {@code "?"} for a statement
	 * created without it).
	 */
	public static List<String> runDuring(Callable<?> work) throws Exception {
		List<String> statements = new ArrayList<>();
		STATEMENTS.set(statements);
		try {
			work.call();
		}
		finally {
			STATEMENTS.remove();
		}
		return statements;
	}

	/**
	 * The statements run on any thread while the work runs (for work that hands itself to
	 * other threads, such as the mass indexer's loading threads): whatever else runs
	 * meanwhile is counted too.
	 */
	public static synchronized List<String> runDuringOnAnyThread(Callable<?> work) throws Exception {
		List<String> statements = Collections.synchronizedList(new ArrayList<>());
		everyThread = statements;
		try {
			work.call();
		}
		finally {
			everyThread = null;
		}
		return new ArrayList<>(statements);
	}

	/**
	 * How many connections the work took from the application's data source on this
	 * thread (each {@code getConnection}, so a connection taken twice counts twice).
	 */
	public static int connectionsTakenDuring(Callable<?> work) throws Exception {
		int[] taken = new int[1];
		CONNECTIONS.set(taken);
		try {
			work.call();
		}
		finally {
			CONNECTIONS.remove();
		}
		return taken[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource)) {
			return bean;
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		// a subclass proxy keeps the bean's own type (the pool), which other beans may
		// ask for
		proxy.setProxyTargetClass(true);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			Object result = invocation.proceed();
			int[] taken = CONNECTIONS.get();
			if (taken != null && result instanceof Connection) {
				taken[0]++;
			}
			return result instanceof Connection connection ? counting(connection) : result;
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private static Connection counting(Connection connection) {
		ProxyFactory proxy = new ProxyFactory(connection);
		proxy.setInterfaces(Connection.class);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			List<String> statements = STATEMENTS.get();
			List<String> anyThread = everyThread;
			if ((statements != null || anyThread != null)
					&& STATEMENT_METHODS.contains(invocation.getMethod().getName())) {
				Object[] arguments = invocation.getArguments();
				String sql = arguments.length > 0 && arguments[0] instanceof String text ? text : "?";
				if (statements != null) {
					statements.add(sql);
				}
				if (anyThread != null) {
					anyThread.add(sql);
				}
			}
			return invocation.proceed();
		});
		return (Connection) proxy.getProxy(Connection.class.getClassLoader());
	}

}
