package com.casebook.importer;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.casebook.user.UserSummary;

import org.springframework.stereotype.Component;

/** JSON Lines, one scenario per line (see {@link JsonLinesImport}). */
@Component
class JsonLinesFormat implements ImportFormat {

	private final JsonLinesImport jsonLines;

	JsonLinesFormat(JsonLinesImport jsonLines) {
		this.jsonLines = jsonLines;
	}

	@Override
	public String name() {
		return "jsonl";
	}

	@Override
	public List<String> extensions() {
		return List.of(".jsonl", ".ndjson", ".json");
	}

	@Override
	public ImportReport importFrom(InputStream content, UserSummary importer) {
		return this.jsonLines.importFrom(new InputStreamReader(content, StandardCharsets.UTF_8), importer);
	}

}
