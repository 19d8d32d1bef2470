package com.casebook.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.ParsePosition;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI texts format as Spring Boot's message source would, without one format shared by
 * every request thread.
 */
class MessageBundlesTest {

	private final MessageSource messages = new MessageBundles().messageSource(properties());

	private static MessageSourceProperties properties() {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages/messages"));
		properties.setEncoding(StandardCharsets.UTF_8);
		properties.setFallbackToSystemLocale(false);
		return properties;
	}

	@Test
	void messagesWithArgumentsAreFormattedInBothLanguages() {
		String english = this.messages.getMessage("catalogue.views", new Object[] { 12 }, Locale.ENGLISH);
		String chinese = this.messages.getMessage("catalogue.views", new Object[] { 12 }, Locale.SIMPLIFIED_CHINESE);
		assertThat(english).contains("12").isNotEqualTo(chinese);
		assertThat(chinese).contains("12");
		assertThat(this.messages.getMessage("catalogue.title", null, Locale.SIMPLIFIED_CHINESE)).isNotBlank();
	}

	@Test
	void noTwoCallsFormatWithTheSameFormat() {
		MessageBundles.UnsharedFormatsMessageSource source = (MessageBundles.UnsharedFormatsMessageSource) this.messages;
		MessageFormat first = source.resolveCode("catalogue.views", Locale.ENGLISH);
		MessageFormat second = source.resolveCode("catalogue.views", Locale.ENGLISH);
		assertThat(first).isNotNull().isNotSameAs(second);
		assertThat(first.toPattern()).isEqualTo(second.toPattern());
		assertThat(source.resolveCode("no.such.message", Locale.ENGLISH)).isNull();
	}

	@Test
	void idsAfterAHashAreWrittenAsDigitsWhileCountsKeepTheirGrouping() {
		assertThat(this.messages.getMessage("merge.history.target", new Object[] { 3752L, "琥珀" },
				Locale.SIMPLIFIED_CHINESE))
			.contains("#3752")
			.doesNotContain("3,752");
		assertThat(this.messages.getMessage("audit.sentence.revision.revert.SOLUTION",
				new Object[] { "editor", 12345L, 1001 }, Locale.ENGLISH))
			.contains("#12345")
			.contains("r1001");
		assertThat(this.messages.getMessage("catalogue.views", new Object[] { 3752 }, Locale.ENGLISH))
			.contains("3,752");
		assertThat(this.messages.getMessage("merge.history.target", new Object[] { "7", "琥珀" }, Locale.ENGLISH))
			.contains("#7");
		assertThat(MessageBundles.IdsAsDigits.apply("#{0}", new MessageFormat("#{0}"))
			.parse("#3752", new ParsePosition(0))).containsExactly(3752L);
	}

}
