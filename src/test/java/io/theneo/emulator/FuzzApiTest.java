package io.theneo.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

/**
 * About 300 seeded bad requests across the endpoints, sent over raw sockets so that nothing on the client side cleans
 * them up (invalid UTF-8, NUL bytes, odd paths, 5,000-deep JSON, numbers out of range, wrong JSON types, huge
 * strings, bad headers and methods): none may answer 5xx, every error must be the API's envelope, no body may leak
 * an exception, a class, SQL or a stack frame, and the server must be healthy afterwards. The long version (1,000+
 * requests against the packaged jar) is {@code scripts/reliability fuzz}.
 */
class FuzzApiTest extends ApiTest {

	private static final long SEED = 20261125L;

	private static final int COUNT = 300;

	/** "SQL" as a word only: three letters that about 1 in 10,000 generated ids holds (scripts/lib/reliability.py). */
	private static final List<Pattern> LEAKS = List.of(Pattern.compile("Exception"), Pattern.compile("\\borg\\."),
			Pattern.compile("\\bjava\\."), Pattern.compile("\\bSQL\\b"), Pattern.compile("\\bat [\\w$.]+\\("),
			Pattern.compile("\\.java:\\d+"), Pattern.compile("Caused by"), Pattern.compile("(?i)hibernate"),
			Pattern.compile("(?i)springframework"), Pattern.compile("(?i)jdbc"));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> ODD_PATHS = List.of("/v2/customers/%2e%2e/%2e%2e/etc/passwd", "//v2//customers",
			"/v2/customers;jsessionid=1", "/v2/customers/%00", "/v2/customers/" + "A".repeat(3000), "/v2/%ff%fe",
			"/v2/customers/%c0%af", "/v2/customers/../../x", "/v2/customers/%5c..%5c", "/v2/customers/%",
			"/v2/customers/%zz", "/v2/customers?limit=%ff", "/v2/customers?limit=1e99",
			"/v2/customers?limit=99999999999999999999", "/v2/customers?cursor=%00%00", "/v2/customers?cursor=" + "Q".repeat(500),
			"/v2/customers?sort_field=DROP%20TABLE", "/v2/customers?created_at_gt=yesterday",
			"/v2/customers?unknown=1&limit=-5", "/v2/nothing/here", "/v2/orders/" + "%41".repeat(200),
			"/v2/customers/reference/%00x", "/V2/CUSTOMERS", "/v2/customers?count=maybe", "/v2/locations/%2F%2F",
			"/v2/customers/.%2e/", "/v2/catalog/list?types=NOPE", "/v2/customers?limit=", "/v2/orders/%ff/clone",
			"/v2/subscriptions/%e2%82", "/v2/cards?cursor=%zz");

	private static final List<Object> WRONG_VALUES = new ArrayList<>(List.of(List.of(), Map.of(), "text", 12, -1, 1.5,
			true, "", " ", "\u0000", "9".repeat(40), List.of(1, 2), Map.of("a", 1)));

	private static final List<byte[]> INVALID_UTF8 = List.of(new byte[] { (byte) 0xff, (byte) 0xfe },
			new byte[] { (byte) 0xc0, (byte) 0xaf }, new byte[] { (byte) 0xed, (byte) 0xa0, (byte) 0x80 },
			new byte[] { (byte) 0x80 }, new byte[] { (byte) 0xe2, (byte) 0x82 });

	static {
		WRONG_VALUES.add(null);
	}

	private final Random random = new Random(SEED);

	@Test
	void badRequestsNeverBreakTheServerOrLeakItsInsides() throws Exception {
		TestAccounts.TestAccount account = freshAccount();
		String token = account.token();
		String customerId = JSON
			.readTree(as(account).body("{\"given_name\":\"Fuzz\"}").post("/v2/customers").then().statusCode(200)
				.extract().asString())
			.path("customer").path("id").asString();
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("POST /v2/customers", "{\"given_name\":\"Fuzz\",\"family_name\":\"Case\",\"email_address\":"
				+ "\"fuzz@example.com\",\"phone_number\":\"+1-212-555-0100\",\"address\":{\"country\":\"US\"}}");
		bodies.put("POST /v2/customers/search", "{\"limit\":10,\"query\":{\"filter\":{\"email_address\":{\"fuzzy\":\"x\"}}}}");
		bodies.put("PUT /v2/customers/" + customerId, "{\"version\":0,\"note\":\"x\"}");
		bodies.put("PATCH /v2/customers/" + customerId, "{\"nickname\":\"x\"}");
		bodies.put("POST /v2/customers/groups", "{\"group\":{\"name\":\"x\"}}");
		bodies.put("POST /v2/catalog/object", "{\"idempotency_key\":\"k\",\"object\":{\"type\":\"ITEM\",\"id\":\"#x\","
				+ "\"item_data\":{\"name\":\"x\"}}}");
		bodies.put("POST /v2/orders", "{\"order\":{\"location_id\":\"" + account.id("057P5VYJ4A5X1") + "\","
				+ "\"line_items\":[{\"name\":\"x\",\"quantity\":\"1\",\"base_price_money\":{\"amount\":1599,"
				+ "\"currency\":\"USD\"}}],\"taxes\":[{\"uid\":\"t\",\"name\":\"T\",\"percentage\":\"9\","
				+ "\"scope\":\"ORDER\"}]}}");
		bodies.put("POST /v2/orders/calculate", "{\"order\":{\"location_id\":\"" + account.id("057P5VYJ4A5X1")
				+ "\",\"line_items\":[{\"name\":\"x\",\"quantity\":\"2\",\"base_price_money\":{\"amount\":100,"
				+ "\"currency\":\"USD\"}}]}}");
		bodies.put("POST /v2/subscriptions", "{\"location_id\":\"" + account.id("057P5VYJ4A5X1") + "\","
				+ "\"customer_id\":\"" + customerId + "\",\"plan_id\":\"x\"}");
		List<String> endpoints = new ArrayList<>(bodies.keySet());

		List<String> failures = new ArrayList<>();
		Map<Integer, Integer> statuses = new LinkedHashMap<>();
		for (int n = 0; n < COUNT; n++) {
			String endpoint = endpoints.get(this.random.nextInt(endpoints.size()));
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1);
			String valid = bodies.get(endpoint);
			List<String[]> headers = new ArrayList<>(List.of(new String[] { "Authorization", "Bearer " + token },
					new String[] { "Content-Type", "application/json" }));
			byte[] body;
			String category = switch (n % 10) {
				case 0, 1, 2 -> "wrong_type";
				case 3 -> "huge";
				case 4 -> "deep";
				case 5 -> "number";
				case 6 -> "utf8_nul";
				case 7 -> "path";
				case 8 -> "malformed";
				default -> "headers_method";
			};
			switch (category) {
				case "wrong_type" -> body = bytes(mutate(JSON.readTree(valid)).toString());
				case "huge" -> {
					ObjectNode node = (ObjectNode) JSON.readTree(valid);
					String field = node.propertyNames().iterator().next();
					node.put(field, "x".repeat(List.of(10_000, 300_000, 1_100_000).get(this.random.nextInt(3))));
					body = bytes(node.toString());
				}
				case "deep" -> {
					int depth = List.of(1000, 5000, 20_000).get(this.random.nextInt(3));
					body = bytes(this.random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
							: "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
				}
				case "number" -> {
					String number = List.of("1e400", "-1e400", "99999999999999999999999999", "-9223372036854775809",
							"9223372036854775808", "NaN", "0x10", "00012", "1." + "9".repeat(2000))
						.get(this.random.nextInt(9));
					body = bytes(valid.contains("\"amount\":") ? valid.replaceFirst("\"amount\":\\d+", "\"amount\":" + number)
							: valid.contains("\"version\":") ? valid.replaceFirst("\"version\":\\d+", "\"version\":" + number)
									: "{\"limit\":" + number + "}");
					if (!valid.contains("\"amount\":") && !valid.contains("\"version\":")) {
						method = "POST";
						path = "/v2/customers/search";
					}
				}
				case "utf8_nul" -> {
					byte[] text = bytes(valid);
					int at = indexOf(text, (byte) '"', this.random.nextInt(text.length / 2 + 1));
					byte[] insert = this.random.nextInt(3) == 0 ? new byte[] { 0 }
							: INVALID_UTF8.get(this.random.nextInt(INVALID_UTF8.size()));
					body = concat(text, at + 1, insert);
					if (this.random.nextInt(5) == 0) {
						body = bytes(valid.replace("\"x\"", "\"\\u0000\""));
					}
				}
				case "path" -> {
					method = List.of("GET", "GET", "POST", "PUT", "DELETE").get(this.random.nextInt(5));
					path = ODD_PATHS.get(this.random.nextInt(ODD_PATHS.size()));
					body = method.equals("POST") || method.equals("PUT") ? bytes(valid) : null;
				}
				case "malformed" -> {
					List<String> variants = List.of(valid.substring(0, 1 + this.random.nextInt(valid.length() - 1)),
							valid + ",", valid.replace('"', '\''), "// c\n" + valid, "", "null", "[]", "42", "{,}",
							"{\"a\":}", valid + valid, "\ufeff" + valid);
					body = bytes(variants.get(this.random.nextInt(variants.size())));
					if (this.random.nextInt(3) == 0) {
						List<String> types = List.of("text/plain", "application/xml", "application/yaml",
								"multipart/form-data", "*/*", "application/*", ";;;");
						headers.set(1, new String[] { "Content-Type", types.get(this.random.nextInt(types.size())) });
					}
				}
				default -> {
					body = bytes(valid);
					switch (this.random.nextInt(5)) {
						case 0 -> headers.add(new String[] { "Idempotency-Key", "k".repeat(List.of(193, 1000).get(this.random.nextInt(2))) });
						case 1 -> headers.set(0, new String[] { "Authorization",
								List.of("Bearer", "Bearer " + token.substring(0, token.length() - 3) + "abc", "Basic eA==",
										"Bearer " + "a".repeat(20_000)).get(this.random.nextInt(4)) });
						case 2 -> headers.add(new String[] { "X-Big", "v".repeat(17_000) });
						case 3 -> method = List.of("PATCH", "DELETE", "TRACE", "FOO", "OPTIONS").get(this.random.nextInt(5));
						default -> headers.add(new String[] { "Idempotency-Key", "key\u0001ctl" });
					}
				}
			}
			Response response = send(method, path, headers, body);
			statuses.merge(response.status, 1, Integer::sum);
			List<String> problems = problems(response, method);
			if (!problems.isEmpty()) {
				failures.add("#" + n + " " + category + " " + method + " " + abbreviate(path) + " -> " + response.status
						+ " " + problems + ": " + abbreviate(response.body));
			}
		}

		assertThat(failures).as("bad requests that broke a rule (statuses seen: %s)", statuses).isEmpty();
		Response health = send("GET", "/actuator/health", List.of(), null);
		assertThat(health.status).isEqualTo(200);
		assertThat(health.body).contains("\"UP\"");
		// and it still serves (the customer itself may be gone: a DELETE on its path is one of the odd methods)
		as(account).get("/v2/customers").then().statusCode(200);
	}

	/** One member replaced by a wrongly typed value, or an unknown member added, somewhere in the tree. */
	private JsonNode mutate(JsonNode node) {
		if (node instanceof ObjectNode object && !object.isEmpty()) {
			List<String> names = new ArrayList<>(object.propertyNames());
			String name = names.get(this.random.nextInt(names.size()));
			int roll = this.random.nextInt(10);
			if (roll < 2) {
				object.set("unknown_" + this.random.nextInt(99), JSON.valueToTree(wrongValue()));
			}
			else if (roll < 6 || !object.get(name).isContainer()) {
				object.set(name, JSON.valueToTree(wrongValue()));
			}
			else {
				mutate(object.get(name));
			}
		}
		else if (node.isArray() && !node.isEmpty()) {
			mutate(node.get(this.random.nextInt(node.size())));
		}
		return node;
	}

	private Object wrongValue() {
		return WRONG_VALUES.get(this.random.nextInt(WRONG_VALUES.size()));
	}

	private static List<String> problems(Response response, String method) {
		List<String> problems = new ArrayList<>();
		if (response.status < 0) {
			return List.of("no response");
		}
		if (response.status >= 500) {
			problems.add("HTTP " + response.status);
		}
		for (Pattern leak : LEAKS) {
			Matcher found = leak.matcher(response.body);
			if (found.find()) {
				problems.add("leaks " + leak.pattern() + " in '" + response.body.substring(
						Math.max(0, found.start() - 40), Math.min(response.body.length(), found.end() + 40)) + "'");
			}
		}
		if (response.status >= 400 && !method.equals("HEAD")) {
			try {
				JsonNode errors = JSON.readTree(response.body).path("errors");
				boolean envelope = errors.isArray() && !errors.isEmpty();
				for (JsonNode error : errors) {
					envelope &= error.has("category") && error.has("code") && error.has("detail");
				}
				if (!envelope) {
					problems.add("not the envelope");
				}
			}
			catch (RuntimeException ex) {
				problems.add("not JSON");
			}
		}
		return problems;
	}

	private record Response(int status, String body) {
	}

	/** One request on its own connection, bytes exactly as given; the answer is read until the server closes. */
	private Response send(String method, String path, List<String[]> headers, byte[] body) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(20_000);
			ByteArrayOutputStream request = new ByteArrayOutputStream();
			request.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n")
				.getBytes(StandardCharsets.UTF_8));
			for (String[] header : headers) {
				request.write((header[0] + ": " + header[1] + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			if (body != null) {
				request.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			request.write("\r\n".getBytes(StandardCharsets.UTF_8));
			if (body != null) {
				request.write(body);
			}
			OutputStream out = socket.getOutputStream();
			try {
				out.write(request.toByteArray());
				out.flush();
			}
			catch (SocketException answeredEarly) {
				// the server may answer (413, 431) and close before it has read everything
			}
			return parse(readAll(socket.getInputStream()));
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		try {
			for (int n; (n = in.read(buffer)) > 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (SocketException reset) {
			// what arrived before a reset still counts
		}
		return all.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.ISO_8859_1);
		int headEnd = text.indexOf("\r\n\r\n");
		if (raw.length == 0 || headEnd < 0) {
			return new Response(-1, text);
		}
		String head = text.substring(0, headEnd);
		int status = Integer.parseInt(head.split(" ", 3)[1]);
		byte[] body = java.util.Arrays.copyOfRange(raw, headEnd + 4, raw.length);
		if (head.toLowerCase(Locale.ROOT).contains("transfer-encoding: chunked")) {
			body = dechunk(body);
		}
		return new Response(status, new String(body, StandardCharsets.UTF_8));
	}

	private static byte[] dechunk(byte[] chunked) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < chunked.length) {
			int lineEnd = indexOf(chunked, (byte) '\n', at);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim();
			int size = Integer.parseInt(sizeLine.split(";")[0], 16);
			if (size == 0) {
				break;
			}
			out.write(chunked, lineEnd + 1, Math.min(size, chunked.length - lineEnd - 1));
			at = lineEnd + 1 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte b, int from) {
		for (int i = Math.max(0, from); i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	private static byte[] concat(byte[] text, int at, byte[] insert) {
		int cut = (at <= 0 || at > text.length) ? text.length / 2 : at;
		byte[] out = new byte[text.length + insert.length];
		System.arraycopy(text, 0, out, 0, cut);
		System.arraycopy(insert, 0, out, cut, insert.length);
		System.arraycopy(text, cut, out, cut + insert.length, text.length - cut);
		return out;
	}

	private static byte[] bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	private static String abbreviate(String s) {
		UnaryOperator<String> oneLine = (t) -> t.replace('\n', ' ').replace('\r', ' ');
		return oneLine.apply(s.length() > 160 ? s.substring(0, 160) + "…" : s);
	}

}
