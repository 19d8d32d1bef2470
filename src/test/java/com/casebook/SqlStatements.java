package com.casebook;

import java.sql.Connection;
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

	private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

	/** How many statements the work ran on this thread. */
	public static int countedDuring(Callable<?> work) throws Exception {
		int[] count = { 0 };
		COUNT.set(count);
		try {
			work.call();
		}
		finally {
			COUNT.remove();
		}
		return count[0];
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
			return result instanceof Connection connection ? counting(connection) : result;
		});
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private static Connection counting(Connection connection) {
		ProxyFactory proxy = new ProxyFactory(connection);
		proxy.setInterfaces(Connection.class);
		proxy.addAdvice((MethodInterceptor) invocation -> {
			int[] count = COUNT.get();
			if (count != null && STATEMENT_METHODS.contains(invocation.getMethod().getName())) {
				count[0]++;
			}
			return invocation.proceed();
		});
		return (Connection) proxy.getProxy(Connection.class.getClassLoader());
	}

}
