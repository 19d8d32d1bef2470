package com.casebook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.CollectionFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The UI texts ({@code spring.messages.*}, as Spring Boot would configure them), from a
 * message source that formats without a shared lock.
 * <p>
 * Spring keeps one {@link MessageFormat} per message and language and formats under
 * {@code synchronized} on it, since a {@code MessageFormat} is not thread-safe. A page
 * formats the same few messages with arguments many times (a catalogue row's "3
 * solutions", "12 views"), so under 32 clients the request threads queued on those locks:
 * JFR showed 139 waits, 19 s in one minute, on
 * {@code AbstractMessageSource.getMessageInternal}. Here every call formats with its own
 * copy of the parsed format: the parse is still cached, a copy is a few small arrays.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	@Bean
	@ConfigurationProperties("spring.messages")
	MessageSourceProperties messageSourceProperties() {
		return new MessageSourceProperties();
	}

	/** Named {@code messageSource}, so Spring Boot leaves its own out. */
	@Bean
	MessageSource messageSource(MessageSourceProperties properties) {
		UnsharedFormatsMessageSource messages = new UnsharedFormatsMessageSource();
		if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
			messages.setBasenames(properties.getBasename().toArray(String[]::new));
		}
		if (properties.getEncoding() != null) {
			messages.setDefaultEncoding(properties.getEncoding().name());
		}
		messages.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
		if (properties.getCacheDuration() != null) {
			messages.setCacheMillis(properties.getCacheDuration().toMillis());
		}
		messages.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
		messages.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
		messages.setCommonMessages(commonMessages(properties.getCommonMessages()));
		return messages;
	}

	private static Properties commonMessages(List<Resource> resources) {
		if (resources == null || resources.isEmpty()) {
			return null;
		}
		Properties properties = CollectionFactory.createSortedProperties(false);
		for (Resource resource : resources) {
			try {
				PropertiesLoaderUtils.fillProperties(properties, resource);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Failed to load common messages from '%s'".formatted(resource), ex);
			}
		}
		return properties;
	}

	/**
	 * Hands out a copy of the cached format, so the {@code synchronized} around its use
	 * never meets another thread.
	 */
	static class UnsharedFormatsMessageSource extends ResourceBundleMessageSource {

		@Override
		protected MessageFormat createMessageFormat(String msg, Locale locale) {
			return IdsAsDigits.apply(msg, super.createMessageFormat(msg, locale));
		}

		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

	/**
	 * A number written as a reference ({@code #{0}}, {@code r{2}}) is an id or a
	 * revision, written as digits: {@code MessageFormat} would group it like a count,
	 * "scenario #3,752", which is not the scenario's number and not what a reader types
	 * back. Counts ({@code {0} views}) keep their grouping.
	 */
	static final class IdsAsDigits extends Format {

		private static final IdsAsDigits INSTANCE = new IdsAsDigits();

		static MessageFormat apply(String pattern, MessageFormat format) {
			int element = 0;
			boolean quoted = false;
			int depth = 0;
			for (int i = 0; i < pattern.length(); i++) {
				char c = pattern.charAt(i);
				if (c == '\'' && depth == 0) {
					quoted = !quoted;
				}
				else if (!quoted && c == '{') {
					if (depth == 0) {
						if (isReference(pattern, i) && plain(pattern, i)) {
							format.setFormat(element, INSTANCE);
						}
						element++;
					}
					depth++;
				}
				else if (!quoted && c == '}' && depth > 0) {
					depth--;
				}
			}
			return format;
		}

		/** After "#", or after an "r" that does not end a word. */
		private static boolean isReference(String pattern, int brace) {
			if (brace == 0) {
				return false;
			}
			char before = pattern.charAt(brace - 1);
			return before == '#' || (before == 'r' && (brace == 1 || !Character.isLetter(pattern.charAt(brace - 2))));
		}

		/** {@code {0}} with no format type of its own. */
		private static boolean plain(String pattern, int brace) {
			int close = pattern.indexOf('}', brace);
			return close > brace && pattern.substring(brace + 1, close).strip().chars().allMatch(Character::isDigit);
		}

		@Override
		public StringBuffer format(Object value, StringBuffer to, FieldPosition position) {
			return to.append(value);
		}

		/** Reads the digits back as a number, as a format should. */
		@Override
		public Object parseObject(String source, ParsePosition position) {
			int start = position.getIndex();
			int end = start;
			while (end < source.length() && end - start < 18 && Character.isDigit(source.charAt(end))) {
				end++;
			}
			if (end == start) {
				position.setErrorIndex(start);
				return null;
			}
			position.setIndex(end);
			return Long.valueOf(source.substring(start, end));
		}

	}

}
