package com.casebook.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
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
		protected MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
