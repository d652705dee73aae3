package io.theneo.emulator.orders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares an answer with an example of the demo site field by field: every field of the example must be in the
 * answer with the same value (money to the cent), except the values the server generates (ids, uids, timestamps),
 * whose presence is still required. Fields the example lacks are allowed only where the test names them.
 */
final class JsonExamples {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Pattern> generated = new ArrayList<>();

	private final List<Pattern> extras = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	static String resource(String name) {
		try (InputStream in = JsonExamples.class.getResourceAsStream("/orders/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static JsonNode tree(String json) {
		return JSON.readTree(json);
	}

	/** Paths like {@code order.line_items[*].uid} whose values the server makes up. */
	JsonExamples generated(String... paths) {
		for (String p : paths) {
			this.generated.add(glob(p));
		}
		return this;
	}

	/** Paths the answer may have although the example does not. */
	JsonExamples extras(String... paths) {
		for (String p : paths) {
			this.extras.add(glob(p));
		}
		return this;
	}

	void assertMatches(JsonNode expected, JsonNode actual) {
		compare("", expected, actual);
		assertThat(this.problems).as("differences from the example").isEmpty();
	}

	/** Objects list their fields in the example's order (fields only one side has are skipped). */
	static void assertSameFieldOrder(JsonNode expected, JsonNode actual) {
		List<String> problems = new ArrayList<>();
		order("", expected, actual, problems);
		assertThat(problems).as("field order differs from the example").isEmpty();
	}

	private static void order(String path, JsonNode expected, JsonNode actual, List<String> problems) {
		if (expected.isObject() && actual.isObject()) {
			List<String> exp = new ArrayList<>();
			expected.propertyNames().forEach((n) -> {
				if (actual.has(n)) {
					exp.add(n);
				}
			});
			List<String> act = new ArrayList<>();
			actual.propertyNames().forEach((n) -> {
				if (expected.has(n)) {
					act.add(n);
				}
			});
			if (!exp.equals(act)) {
				problems.add(path + ": " + exp + " vs " + act);
			}
			for (String n : exp) {
				order(path + "." + n, expected.get(n), actual.get(n), problems);
			}
		}
		else if (expected.isArray() && actual.isArray()) {
			for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
				order(path + "[" + i + "]", expected.get(i), actual.get(i), problems);
			}
		}
	}

	private void compare(String path, JsonNode expected, JsonNode actual) {
		if (actual == null || actual.isMissingNode()) {
			this.problems.add(path + " is missing");
			return;
		}
		if (matches(this.generated, path)) {
			return;
		}
		if (expected.isObject()) {
			if (!actual.isObject()) {
				this.problems.add(path + " is not an object: " + actual);
				return;
			}
			for (Map.Entry<String, JsonNode> field : expected.properties()) {
				compare(child(path, field.getKey()), field.getValue(), actual.get(field.getKey()));
			}
			for (Iterator<String> names = actual.propertyNames().iterator(); names.hasNext();) {
				String name = names.next();
				if (!expected.has(name) && !matches(this.extras, child(path, name))) {
					this.problems.add(child(path, name) + " is not in the example: " + actual.get(name));
				}
			}
		}
		else if (expected.isArray()) {
			if (!actual.isArray() || actual.size() != expected.size()) {
				this.problems.add(path + " differs: " + actual + " instead of " + expected);
				return;
			}
			for (int i = 0; i < expected.size(); i++) {
				compare(path + "[" + i + "]", expected.get(i), actual.get(i));
			}
		}
		else if (!expected.equals(actual)) {
			this.problems.add(path + " is " + actual + " instead of " + expected);
		}
	}

	private static String child(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

	private static boolean matches(List<Pattern> patterns, String path) {
		return patterns.stream().anyMatch((p) -> p.matcher(path).matches());
	}

	private static Pattern glob(String path) {
		return Pattern.compile(Pattern.quote(path).replace("[*]", "\\E\\[\\d+\\]\\Q"));
	}

}
