package com.casebook.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries hold in SQL too: the SQL a module writes (native queries, JDBC
 * strings, text blocks: every string literal that reads like SQL) names only the tables
 * its module owns, and other modules' tables only through the read-only views their
 * owners share. Table names are matched as SQL writes them (lower or upper case); JPQL
 * names entities in CamelCase and is left to Modulith's type-level check.
 */
class TableOwnershipTest {

	private static final Path SOURCES = Path.of("src/main/java/com/casebook");

	private static final Pattern SQL = Pattern.compile("(?i)\\b(select|insert|update|delete)\\b");

	private static final Pattern TABLE = Pattern.compile("(?i)\\b(from|join|update|into)\\s+([A-Za-z_][A-Za-z0-9_]*)");

	private static final Pattern CREATED = Pattern.compile(
			"(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void everyModuleNamesOnlyItsOwnTablesAndSharedViewsInSql() {
		List<String> trespasses = new ArrayList<>();
		for (Path file : javaFiles(SOURCES)) {
			String module = SOURCES.relativize(file).getName(0).toString();
			for (String literal : stringLiterals(read(file))) {
				if (!SQL.matcher(literal).find()) {
					continue;
				}
				Matcher table = TABLE.matcher(literal);
				while (table.find()) {
					String name = table.group(2);
					if (!name.equals(name.toLowerCase(Locale.ROOT)) && !name.equals(name.toUpperCase(Locale.ROOT))) {
						continue;
					}
					String owner = TableOwnership.OWNERS.get(name.toLowerCase(Locale.ROOT));
					boolean reading = table.group(1).equalsIgnoreCase("from")
							|| table.group(1).equalsIgnoreCase("join");
					boolean allowed = owner == null || owner.equals(module)
							|| (reading && TableOwnership.SHARED_VIEWS.contains(name.toLowerCase(Locale.ROOT)));
					if (!allowed) {
						trespasses.add(SOURCES.relativize(file) + ": " + table.group(1) + " " + name + " (owned by "
								+ owner + ")");
					}
				}
			}
		}
		assertThat(trespasses).as("SQL naming another module's table").isEmpty();
	}

	@Test
	void everyTableAndViewTheMigrationsCreateHasAnOwner() {
		List<String> created = new ArrayList<>();
		for (Path migration : files(Path.of("db/migration"), ".sql")) {
			Matcher matcher = CREATED.matcher(read(migration));
			while (matcher.find()) {
				created.add(matcher.group(1).toLowerCase(Locale.ROOT));
			}
		}
		assertThat(TableOwnership.OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(Set.copyOf(created));
	}

	@Test
	void theArchitectureDocumentStatesTheSameOwnership() {
		Map<String, String> documented = new TreeMap<>();
		Pattern row = Pattern.compile("^\\| `([a-z_]+)` \\| (.+?) \\|");
		String doc = read(Path.of("docs/architecture.md"));
		int start = doc.indexOf("### Who owns which table");
		assertThat(start).as("the ownership table in docs/architecture.md").isPositive();
		for (String line : doc.substring(start).lines().skip(1).takeWhile(l -> !l.startsWith("#")).toList()) {
			Matcher matcher = row.matcher(line);
			if (matcher.find()) {
				for (String table : matcher.group(2).split(",")) {
					documented.put(table.replaceAll("\\(.*\\)", "").replace("`", "").strip(), matcher.group(1));
				}
			}
		}
		assertThat(documented).isEqualTo(new TreeMap<>(TableOwnership.OWNERS));
	}

	@Test
	void theScannerSeesSqlInTextBlocksAndConcatenationsButNotInComments() {
		String source = """
				// select * from scenario
				class X {
					String a = "select id from scenario where x = 'a\\"b'" + "join solution s";
					String b = \"""
							insert into point_entry (id)
							\""";
					char c = '"';
				}
				""";
		assertThat(stringLiterals(source)).containsExactly("select id from scenario where x = 'a\\\"b'",
				"join solution s", "insert into point_entry (id)\n");
	}

	/** The string literals of a Java source (text blocks included), comments skipped. */
	static List<String> stringLiterals(String source) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			char c = source.charAt(i);
			if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
				i = source.indexOf('\n', i);
				i = i < 0 ? n : i;
			}
			else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
				i = source.indexOf("*/", i + 2);
				i = i < 0 ? n : i + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				String block = source.substring(source.indexOf('\n', i) + 1, end);
				literals.add(block.stripIndent());
				i = end + 3;
			}
			else if (c == '\'') {
				// a character literal: skipped, escapes included
				i = source.indexOf('\'', source.charAt(i + 1) == '\\' ? i + 3 : i + 2) + 1;
			}
			else if (c == '"') {
				StringBuilder literal = new StringBuilder();
				int j = i + 1;
				while (j < n && source.charAt(j) != c) {
					if (source.charAt(j) == '\\') {
						literal.append(source, j, j + 2);
						j += 2;
					}
					else {
						literal.append(source.charAt(j++));
					}
				}
				literals.add(literal.toString());
				i = j + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	private static List<Path> javaFiles(Path root) {
		return files(root, ".java");
	}

	private static List<Path> files(Path root, String suffix) {
		try (Stream<Path> paths = Files.walk(root)) {
			return paths.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
