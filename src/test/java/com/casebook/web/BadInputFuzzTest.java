package com.casebook.web;

import java.beans.PropertyDescriptor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.casebook.CasebookIntegrationTest;
import com.casebook.TestUsers;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Throws a table of bad inputs at every route of the application, as each role, and fails
 * on any 5xx (or any exception that would become one). The routes, their path variables,
 * request parameters, form fields and JSON bodies are discovered from the handler
 * methods, so a new page or API is fuzzed without touching this test.
 * <p>
 * The fuzzing writes (admins can do a lot with bad input), so it runs on a database of
 * its own.
 */
@CasebookIntegrationTest
@TestPropertySource(properties = "casebook.data-dir=target/test-data/fuzz")
class BadInputFuzzTest {

	@Autowired
	TestUsers users;

	/**
	 * Values that broke, or could break, a parameter that expects a number, an id or
	 * text.
	 */
	static final List<String> BAD_VALUES = List.of("", "2147483647", "99999999999999999999", "-1", "abc", "a\u0000b",
			"<script>x</script>", "x".repeat(20_001));

	/** Bodies a client may send to a JSON API. */
	static final List<String> BAD_BODIES = List.of("", "null", "[]", "{}", "{\"a\":", "\"x\"", "1",
			"{\"title\":null,\"solutions\":[null]}", "{\"title\":\"\\u0000\",\"text\":\"\\u0000\",\"q\":\"\\u0000\"}",
			"{\"title\":" + "\"" + "长".repeat(20_000) + "\"}",
			"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

	/**
	 * Paths where bad input is not the question: sign-out ends the session the next
	 * requests need.
	 */
	static final Set<String> SKIPPED = Set.of("/logout");

	private static final Logger log = LoggerFactory.getLogger(BadInputFuzzTest.class);

	static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noBadInputToAnyRouteAnswersAServerError() {
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (String role : List.of("admin", "manager", "")) {
			for (Route route : routes()) {
				// admins reach the most code, so they get every probe; the other roles
				// get the
				// probes of path variables and of all parameters at once
				for (Probe probe : role.equals("admin") ? route.probes() : route.coarseProbes()) {
					requests++;
					String failure = send(route, probe, role);
					if (failure != null) {
						failures.add(failure);
					}
				}
			}
		}
		log.info("Sent {} requests with bad input to {} routes", requests, routes().size());
		assertThat(requests).as("requests sent").isGreaterThan(1000);
		assertThat(new TreeSet<>(failures)).as("server errors").isEmpty();
	}

	private String send(Route route, Probe probe, String role) {
		MockHttpServletRequestBuilder builder = request(route.method(), probe.path()).with(csrf())
			.accept(route.path().startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (!role.isEmpty()) {
			builder.with(this.users.as(role));
		}
		probe.params().forEach(builder::param);
		if (probe.body() != null) {
			builder.contentType(MediaType.APPLICATION_JSON).content(probe.body());
		}
		String what = "%s %s as %s with %s".formatted(route.method(), probe.path(), role.isEmpty() ? "anonymous" : role,
				describe(probe));
		try {
			int status = this.mvc.perform(builder).andReturn().getResponse().getStatus();
			return status >= 500 ? status + ": " + what : null;
		}
		catch (Exception ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			return root.getClass().getSimpleName() + ": " + what;
		}
	}

	private static String describe(Probe probe) {
		String params = probe.params()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + abbreviate(e.getValue()))
			.reduce((a, b) -> a + "&" + b)
			.orElse("");
		return probe.body() == null ? "[" + params + "]" : "body " + abbreviate(probe.body());
	}

	private static String abbreviate(String value) {
		String visible = value.replace("\u0000", "\\0");
		return visible.length() > 30 ? visible.substring(0, 30) + "…(" + visible.length() + ")" : visible;
	}

	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("com.casebook")) {
				continue;
			}
			Set<HttpMethod> methods = new LinkedHashSet<>();
			entry.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(HttpMethod.valueOf(m.name())));
			if (methods.isEmpty()) {
				methods.add(HttpMethod.GET);
			}
			for (String path : entry.getKey().getPatternValues()) {
				if (SKIPPED.contains(path)) {
					continue;
				}
				for (HttpMethod method : methods) {
					routes.add(new Route(method, path, handler));
				}
			}
		}
		assertThat(routes).as("routes discovered").hasSizeGreaterThan(50);
		return routes;
	}

	record Probe(String path, Map<String, String> params, String body) {
	}

	record Route(HttpMethod method, String path, HandlerMethod handler) {

		List<Probe> coarseProbes() {
			return probes().stream().filter(p -> p.params().size() != 1 || parameterNames().size() == 1).toList();
		}

		/**
		 * One probe per bad value in each path variable, each parameter and each body.
		 */
		List<Probe> probes() {
			List<Probe> probes = new ArrayList<>();
			List<String> variables = new ArrayList<>();
			Matcher matcher = PATH_VARIABLE.matcher(this.path);
			while (matcher.find()) {
				variables.add(matcher.group(1));
			}
			String validPath = fill(Map.of());
			for (String variable : variables) {
				for (String value : BAD_VALUES) {
					if (value.isEmpty() || value.length() > 1000) {
						continue; // an empty segment or a 20,000-character one is another
									// route
					}
					probes.add(new Probe(fill(Map.of(variable, value)), Map.of(), null));
				}
			}
			Set<String> params = parameterNames();
			for (String param : params) {
				for (String value : BAD_VALUES) {
					probes.add(new Probe(validPath, Map.of(param, value), null));
				}
			}
			if (!params.isEmpty()) {
				for (String value : BAD_VALUES) {
					Map<String, String> all = new LinkedHashMap<>();
					params.forEach(p -> all.put(p, value));
					probes.add(new Probe(validPath, all, null));
				}
			}
			if (hasBody()) {
				for (String body : BAD_BODIES) {
					probes.add(new Probe(validPath, Map.of(), body));
				}
			}
			if (probes.isEmpty()) {
				probes.add(new Probe(validPath, Map.of(), null));
			}
			return probes;
		}

		private String fill(Map<String, String> values) {
			Matcher matcher = PATH_VARIABLE.matcher(this.path);
			StringBuilder filled = new StringBuilder();
			while (matcher.find()) {
				String value = values.getOrDefault(matcher.group(1), "1");
				matcher.appendReplacement(filled, Matcher.quoteReplacement(encode(value)));
			}
			matcher.appendTail(filled);
			return filled.toString();
		}

		private static String encode(String value) {
			return value.equals("%00") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		}

		private boolean hasBody() {
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				if (parameter.hasParameterAnnotation(RequestBody.class)) {
					return true;
				}
			}
			return false;
		}

		private Set<String> parameterNames() {
			Set<String> names = new LinkedHashSet<>();
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
				Class<?> type = parameter.getParameterType();
				if (parameter.hasParameterAnnotation(PathVariable.class)
						|| parameter.hasParameterAnnotation(RequestBody.class)
						|| MultipartFile.class.isAssignableFrom(type)) {
					continue;
				}
				if (requestParam != null) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : requestParam.value();
					names.add(name.isEmpty() ? parameter.getParameterName() : name);
				}
				else if (isFormObject(type)) {
					names.addAll(formFields(type));
				}
			}
			names.remove(null);
			return names;
		}

		private static boolean isFormObject(Class<?> type) {
			return type.getPackageName().startsWith("com.casebook") && !type.isEnum() && !type.isInterface()
					&& !type.getSimpleName().equals("CurrentUser");
		}

		private static Set<String> formFields(Class<?> type) {
			Set<String> fields = new LinkedHashSet<>();
			if (type.isRecord()) {
				for (RecordComponent component : type.getRecordComponents()) {
					fields.add(component.getName());
				}
				return fields;
			}
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() == null) {
					continue;
				}
				Class<?> propertyType = property.getPropertyType();
				if (List.class.isAssignableFrom(propertyType)) {
					// the forms' repeated rows, e.g. solutions[0].actions
					fields.add(property.getName() + "[0]");
					fields.add(property.getName() + "[2147483647]");
					for (String nested : List.of("actions", "effect", "prevention", "id", "name")) {
						fields.add(property.getName() + "[0]." + nested);
					}
				}
				else {
					fields.add(property.getName());
				}
			}
			return fields;
		}

	}

}
