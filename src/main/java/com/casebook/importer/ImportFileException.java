package com.casebook.importer;

import org.springframework.context.MessageSourceResolvable;

/**
 * A file that cannot be read at all (too large, not a workbook, a broken CSV quote):
 * nothing of it was imported. The message is a key of the message bundles, shown in the
 * reader's language.
 */
public class ImportFileException extends RuntimeException implements MessageSourceResolvable {

	private final String code;

	private final Object[] arguments;

	private final boolean tooLarge;

	ImportFileException(String code, Object... arguments) {
		this(false, code, arguments);
	}

	private ImportFileException(boolean tooLarge, String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
		this.tooLarge = tooLarge;
	}

	static ImportFileException tooLarge(long maxBytes) {
		return new ImportFileException(true, "import.error.tooLarge", maxBytes / (1024 * 1024));
	}

	/** Whether the file was refused for its size rather than its content. */
	public boolean isTooLarge() {
		return this.tooLarge;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code };
	}

	@Override
	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
