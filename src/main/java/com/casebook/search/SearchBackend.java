package com.casebook.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which search backend this node uses: the embedded Lucene index (the default, when
 * {@code casebook.search.uris} is empty) or the Elasticsearch backend pointed at an
 * OpenSearch cluster. On a cluster it asks, once at start-up, which plugins the cluster
 * has: vectors need the k-NN plugin, and without it the scenario's vector field is not
 * mapped and search stays keyword-only (reported once in the log and on the admin page).
 */
@Component
public class SearchBackend {

	private static final Logger log = LoggerFactory.getLogger(SearchBackend.class);

	private final List<String> uris;

	private final boolean knn;

	private final boolean smartcn;

	public SearchBackend(@Value("${casebook.search.uris:}") String uris) {
		this.uris = parse(uris);
		if (this.uris.isEmpty()) {
			this.knn = true;
			this.smartcn = true;
			return;
		}
		String plugins = plugins(this.uris.get(0)).toLowerCase(Locale.ROOT);
		this.knn = plugins.contains("knn");
		this.smartcn = plugins.contains("smartcn") || plugins.contains("smartchinese");
		log.info("Search runs on the OpenSearch cluster at {}", String.join(", ", this.uris));
		if (!this.knn) {
			log.warn("The OpenSearch cluster has no k-NN plugin: scenarios are indexed without their vectors and "
					+ "search is by words only (semantic search and related scenarios by meaning are off)");
		}
		if (!this.smartcn) {
			log.warn("The OpenSearch cluster has no analysis-smartcn plugin: the index cannot be created; "
					+ "install it on every OpenSearch node (bin/opensearch-plugin install analysis-smartcn)");
		}
	}

	static List<String> parse(String uris) {
		if (uris == null) {
			return List.of();
		}
		return Arrays.stream(uris.split(",")).map(String::strip).filter(uri -> !uri.isEmpty()).toList();
	}

	/** The cluster's plugins as {@code _cat/plugins} lists them; empty if unreachable. */
	private static String plugins(String uri) {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		try {
			HttpRequest request = HttpRequest
				.newBuilder(URI.create(uri.replaceAll("/+$", "") + "/_cat/plugins?h=component"))
				.timeout(Duration.ofSeconds(20))
				.GET()
				.build();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				log.warn("OpenSearch at {} answered {} when asked for its plugins", uri, response.statusCode());
				return "";
			}
			return response.body();
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Could not ask OpenSearch at {} for its plugins: {}", uri, ex.toString());
			return "";
		}
	}

	/** Whether search runs on an OpenSearch cluster rather than the embedded index. */
	public boolean isCluster() {
		return !this.uris.isEmpty();
	}

	/** Whether the embedded Lucene index is in use (its direct readers may be opened). */
	public boolean isLucene() {
		return this.uris.isEmpty();
	}

	public List<String> uris() {
		return this.uris;
	}

	/** Whether scenarios' vectors can be indexed and searched by nearest neighbours. */
	public boolean vectors() {
		return this.knn;
	}

	/** Whether the cluster has the Chinese analysis plugin (always so with Lucene). */
	public boolean smartcn() {
		return this.smartcn;
	}

}
