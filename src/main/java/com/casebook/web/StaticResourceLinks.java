package com.casebook.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Rewrites links to static files into their content-hashed URLs, and leaves every other
 * link alone. Spring's own filter sends each {@code @{...}} link of a page through the
 * resource chain, and since static files are served from {@code /**} a link to a page was
 * looked up as a file in every location and in the webjars, a miss that is never cached:
 * at 100,000 scenarios most of a busy page's time went there. Here only paths under the
 * static folders are resolved, each once (hits and misses are remembered). Extending
 * Spring's filter makes Spring Boot leave its own out.
 */
class StaticResourceLinks extends ResourceUrlEncodingFilter {

	/** The folders of {@code static/} and the webjars; nothing else is a static file. */
	static final List<String> STATIC_ROOTS = List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.");

	/** Static files are few; a bound keeps a crafted link from growing the map. */
	private static final int MAX_REMEMBERED = 2_000;

	/** A static file's path to its versioned path, or {@code null} when no such file. */
	private final Function<String, String> versions;

	private final Map<String, Optional<String>> resolved = new ConcurrentHashMap<>();

	StaticResourceLinks(Function<String, String> versions) {
		this.versions = versions;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain filterChain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest httpRequest)
				|| !(response instanceof HttpServletResponse httpResponse)) {
			filterChain.doFilter(request, response);
			return;
		}
		filterChain.doFilter(request, new LinkRewriting(httpRequest.getContextPath(), httpResponse));
	}

	/**
	 * The URL to write for a link, with a static file's path replaced by its versioned
	 * one.
	 */
	String rewrite(String contextPath, String url) {
		if (!url.startsWith(contextPath)) {
			return url;
		}
		int end = endOfPath(url);
		String path = url.substring(contextPath.length(), end);
		if (!isStatic(path)) {
			return url;
		}
		Optional<String> versioned = this.resolved.get(path);
		if (versioned == null) {
			versioned = Optional.ofNullable(this.versions.apply(path));
			if (this.resolved.size() < MAX_REMEMBERED) {
				this.resolved.put(path, versioned);
			}
		}
		return versioned.map(found -> contextPath + found + url.substring(end)).orElse(url);
	}

	private static boolean isStatic(String path) {
		for (String root : STATIC_ROOTS) {
			if (path.startsWith(root)) {
				return true;
			}
		}
		return false;
	}

	private static int endOfPath(String url) {
		int query = url.indexOf('?');
		int fragment = url.indexOf('#');
		int end = url.length();
		if (query >= 0) {
			end = query;
		}
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		return end;
	}

	private final class LinkRewriting extends HttpServletResponseWrapper {

		private final String contextPath;

		LinkRewriting(String contextPath, HttpServletResponse response) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(rewrite(this.contextPath, url));
		}

	}

}
