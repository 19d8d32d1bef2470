package com.casebook.search.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.casebook.search.analysis.TraditionalToSimplifiedCharFilter;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sentence embeddings computed inside the JVM: BAAI bge-small-zh v1.5, quantized ONNX
 * (MIT licence, 24 MB in its jar), 512 dimensions, unit length, so the dot product is the
 * cosine. Traditional Chinese is folded to Simplified first, with the same transliterator
 * as the analyzers: the model was trained mostly on Simplified text.
 * <p>
 * The model costs about 200 MB off-heap and a few seconds to load, so it is loaded once
 * per JVM, on first use, and shared by every application context (tests start many).
 */
public final class TextEmbedding {

	/** Stored next to each vector: another model means other vectors. */
	public static final String MODEL = "bge-small-zh-v1.5-q";

	public static final int DIMENSION = 512;

	private static final Logger log = LoggerFactory.getLogger(TextEmbedding.class);

	private static final String ORT_VERSION = "1.20.0";

	private static volatile EmbeddingModel model;

	private TextEmbedding() {
	}

	/**
	 * Loads the model unless this JVM already has. Native code is unpacked under the data
	 * directory rather than the system's temporary folder: ONNX Runtime's libraries go to
	 * {@code semantic/onnxruntime-<version>} (loaded from there through
	 * {@code onnxruntime.native.path}), DJL's tokenizer library to {@code semantic/djl};
	 * what an older version left there is removed.
	 */
	static void load(Path dataDir) {
		if (model != null) {
			return;
		}
		synchronized (TextEmbedding.class) {
			if (model != null) {
				return;
			}
			long started = System.nanoTime();
			Path home = dataDir.resolve("semantic").toAbsolutePath();
			prepareNatives(home);
			model = new BgeSmallZhV15QuantizedEmbeddingModel();
			model.embed("预热");
			log.info("Embedding model {} loaded in {} ms (natives under {})", MODEL,
					(System.nanoTime() - started) / 1_000_000, home);
		}
	}

	static boolean isLoaded() {
		return model != null;
	}

	static float[] embed(String text) {
		return model.embed(fold(text)).content().vector();
	}

	static List<float[]> embedAll(List<String> texts) {
		List<TextSegment> segments = texts.stream().map(text -> TextSegment.from(fold(text))).toList();
		List<float[]> vectors = new ArrayList<>(texts.size());
		for (Embedding embedding : model.embedAll(segments).content()) {
			vectors.add(embedding.vector());
		}
		return vectors;
	}

	/** Traditional to Simplified, exactly as the analyzers fold before segmenting. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		try (Reader reader = new TraditionalToSimplifiedCharFilter(new StringReader(text))) {
			char[] buffer = new char[1024];
			for (int read = reader.read(buffer, 0, buffer.length); read > 0; read = reader.read(buffer, 0,
					buffer.length)) {
				folded.append(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return folded.toString();
	}

	private static void prepareNatives(Path home) {
		try {
			Files.createDirectories(home);
			Path ort = home.resolve("onnxruntime-" + ORT_VERSION);
			removeOlderVersions(home, ort);
			String platform = platform();
			if (platform != null && System.getProperty("onnxruntime.native.path") == null) {
				Files.createDirectories(ort);
				boolean unpacked = true;
				for (String library : List.of("libonnxruntime.so", "libonnxruntime4j_jni.so")) {
					unpacked &= unpack("/ai/onnxruntime/native/" + platform + "/" + library, ort.resolve(library));
				}
				if (unpacked) {
					System.setProperty("onnxruntime.native.path", ort.toString());
				}
			}
			if (System.getProperty("DJL_CACHE_DIR") == null) {
				System.setProperty("DJL_CACHE_DIR", home.resolve("djl").toString());
			}
		}
		catch (IOException ex) {
			// ONNX Runtime and DJL fall back to their own temporary folders
			log.warn("Could not prepare the embedding model's native libraries under {}: {}", home, ex.toString());
		}
	}

	/** Linux only: elsewhere ONNX Runtime unpacks its libraries itself. */
	private static String platform() {
		String os = System.getProperty("os.name", "").toLowerCase();
		String arch = System.getProperty("os.arch", "");
		if (!os.contains("linux")) {
			return null;
		}
		return switch (arch) {
			case "amd64", "x86_64" -> "linux-x64";
			case "aarch64" -> "linux-aarch64";
			default -> null;
		};
	}

	private static boolean unpack(String resource, Path target) throws IOException {
		try (InputStream in = TextEmbedding.class.getResourceAsStream(resource)) {
			if (in == null) {
				return false;
			}
			if (Files.exists(target)) {
				return true;
			}
			Path partial = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
			Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
	}

	/** What an older ONNX Runtime or an interrupted unpacking left behind. */
	private static void removeOlderVersions(Path home, Path current) throws IOException {
		try (Stream<Path> entries = Files.list(home)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith("onnxruntime-") && !entry.equals(current)) {
					deleteTree(entry);
				}
			}
		}
		if (Files.isDirectory(current)) {
			try (Stream<Path> entries = Files.list(current)) {
				for (Path entry : entries.toList()) {
					if (entry.getFileName().toString().endsWith(".part")) {
						Files.deleteIfExists(entry);
					}
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
