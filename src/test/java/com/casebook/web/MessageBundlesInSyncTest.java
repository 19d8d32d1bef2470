package com.casebook.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesInSyncTest {

	@Test
	void everyEnglishMessageHasAChineseTranslationAndViceVersa() throws IOException {
		Set<String> english = keys("messages/messages.properties");
		Set<String> chinese = keys("messages/messages_zh.properties");
		assertThat(chinese).as("keys missing in Chinese").containsAll(english);
		assertThat(english).as("keys missing in English").containsAll(chinese);
	}

	@Test
	void noChineseMessageIsLeftInEnglish() throws IOException {
		Properties english = load("messages/messages.properties");
		Properties chinese = load("messages/messages_zh.properties");
		Set<String> untranslated = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			String zh = chinese.getProperty(key);
			boolean hasLatinWords = english.getProperty(key).matches(".*[A-Za-z]{4,}.*");
			// the product's name, and each language named in itself, read the same in
			// both
			boolean sameOnPurpose = key.equals("app.name") || key.startsWith("language.name.");
			if (hasLatinWords && english.getProperty(key).equals(zh) && !sameOnPurpose) {
				untranslated.add(key);
			}
		}
		assertThat(untranslated).isEmpty();
	}

	private static Set<String> keys(String path) throws IOException {
		return new TreeSet<>(load(path).stringPropertyNames());
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
