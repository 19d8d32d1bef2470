package com.casebook.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Drops NUL characters from everything people and clients type. PostgreSQL cannot store a NUL
 * in text, so one pasted into a title or a search box used to fail the save or the search log
 * with a server error, losing the rest of what was typed. A NUL never means anything in Casebook's
 * texts, so removing it keeps all the rest.
 */
@Configuration(proxyBeanMethods = false)
class NulCharacters {

	static String strip(String value) {
		return value == null || value.indexOf('\u0000') < 0 ? value : value.replace("\u0000", "");
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 100)
	OncePerRequestFilter nulFreeParameters() {
		return new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new NulFreeRequest(request), response);
			}

		};
	}

	@Bean
	JsonMapperBuilderCustomizer nulFreeJsonStrings() {
		SimpleModule module = new SimpleModule("nul-free-strings");
		module.setDeserializerModifier(new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return description.getBeanClass() == String.class ? new NulFreeString(deserializer) : deserializer;
			}

		});
		return builder -> builder.addModule(module);
	}

	/** The JSON string deserializer, without NULs in what it returns. */
	static final class NulFreeString extends DelegatingDeserializer {

		NulFreeString(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
			return new NulFreeString(newDelegatee);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			Object value = super.deserialize(parser, context);
			return value instanceof String text ? strip(text) : value;
		}

	}

	/** Request parameters (query string and form fields) without NULs. */
	static final class NulFreeRequest extends HttpServletRequestWrapper {

		NulFreeRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return strip(super.getParameter(name));
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = super.getParameterValues(name);
			return values == null ? null : Arrays.stream(values).map(NulCharacters::strip).toArray(String[]::new);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> map = new LinkedHashMap<>();
			super.getParameterMap()
				.forEach((name, values) -> map.put(strip(name),
						Arrays.stream(values).map(NulCharacters::strip).toArray(String[]::new)));
			return Collections.unmodifiableMap(map);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

	}

}
