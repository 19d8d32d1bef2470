package com.casebook.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.PushbackReader;

/**
 * The byte order mark Excel and Notepad put at the start of a "UTF-8" file: not part of
 * the first column's name or the first line.
 */
final class Bom {

	private static final char MARK = '\uFEFF';

	private Bom() {
	}

	static String strip(String firstLine) {
		return !firstLine.isEmpty() && firstLine.charAt(0) == MARK ? firstLine.substring(1) : firstLine;
	}

	static Reader skip(Reader reader) {
		PushbackReader pushback = new PushbackReader(reader, 1);
		try {
			int first = pushback.read();
			if (first != -1 && first != MARK) {
				pushback.unread(first);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pushback;
	}

}
