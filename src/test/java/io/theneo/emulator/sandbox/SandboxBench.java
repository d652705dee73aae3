package io.theneo.emulator.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.FilterChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import io.theneo.emulator.support.StandaloneDatabase;
import io.theneo.emulator.web.ErrorResponses;

/**
 * Figures for test support, run by {@code scripts/bench-sandbox} (never by the test suite, hence no "Test" in the
 * name). {@code micro}: what the journal costs on the request thread and on its writer, in process. {@code accounts}:
 * the time of POST /v2/sandbox/accounts on a running server. {@code compare}: GET /v2/locations on a server with test
 * support on and one with it off, in alternating blocks.
 */
public final class SandboxBench {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private SandboxBench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("micro")) {
			micro();
		}
		else if (args.length > 1 && args[0].equals("accounts")) {
			accounts(args[1]);
		}
		else if (args.length > 2 && args[0].equals("compare")) {
			compare(args[1], args[2]);
		}
		else {
			System.err.println("usage: SandboxBench micro | accounts <base url> | compare <base url on> <base url off>");
			System.exit(2);
		}
	}

	// --- in process: the journal filter around a handler that writes a 1.5 KB JSON body

	private static void micro() throws Exception {
		StandaloneDatabase db = new StandaloneDatabase();
		long account = db.newAccount();
		// the writer is not started: each round queues its requests, then the bench stores them with flush(), so
		// the request thread's cost and the writer's cost are measured apart, neither competing with the other
		RequestJournal journal = new RequestJournal(new JournalStore(db.jdbc), JSON,
				new SandboxProperties(true, 1000, Duration.ofSeconds(30), 20_000, Duration.ofMillis(5)),
				db.transactions);
		JournalFilter filter = new JournalFilter(journal, new ErrorResponses(JSON));
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").claim("acct", account).claim("merchant_id", "MLBENCH")
			.claim("scope", "MERCHANT_PROFILE_READ").build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
		byte[] body = ("{\"locations\":[" + "{\"id\":\"057P5VYJ4A5X1\",\"name\":\"Create order\",\"currency\":\"USD\"},"
			.repeat(20) + "{}]}").getBytes(StandardCharsets.UTF_8);
		FilterChain handler = (req, res) -> {
			res.setContentType("application/json");
			res.getOutputStream().write(body);
		};
		int n = 10_000;
		for (int round = 0; round <= 5; round++) {
			long plain = time(n, () -> handler.doFilter(request(), new MockHttpServletResponse()));
			long journaled = time(n, () -> filter.doFilter(request(), new MockHttpServletResponse(), handler));
			long stored = journal.written();
			long flushStart = System.nanoTime();
			journal.flush();
			long perEntry = (System.nanoTime() - flushStart) / Math.max(1, journal.written() - stored);
			if (round > 0) { // round 0 warms up
				System.out.printf("[figures] journal, round %d of %d requests with a %d-byte response: handler alone"
						+ " %.1f µs, with the journal filter %.1f µs (+%.1f µs on the request thread); writer %.1f µs"
						+ " per entry in the background (masking + batch insert + trim); dropped %d%n", round, n,
						body.length, plain / 1000.0, journaled / 1000.0, (journaled - plain) / 1000.0,
						perEntry / 1000.0, journal.dropped());
			}
		}
	}

	private static MockHttpServletRequest request() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v2/locations");
		request.addHeader("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln");
		request.addHeader("Accept", "application/json");
		request.addHeader("User-Agent", "bench");
		request.setAttribute("requestId", "bench");
		return request;
	}

	interface Call {

		void run() throws Exception;

	}

	/** Mean nanoseconds per call. */
	private static long time(int n, Call call) throws Exception {
		long start = System.nanoTime();
		for (int i = 0; i < n; i++) {
			call.run();
		}
		return (System.nanoTime() - start) / n;
	}

	// --- over HTTP against a running server

	/** POST /v2/sandbox/accounts, one after the other. */
	private static void accounts(String base) throws Exception {
		String admin = token(base, "admin", "theneo-demo-key");
		for (int i = 0; i < 20; i++) {
			send(base, "POST", "/v2/sandbox/accounts", admin, "{}", 201);
		}
		long[] nanos = new long[100];
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			send(base, "POST", "/v2/sandbox/accounts", admin, "{}", 201);
			nanos[i] = System.nanoTime() - start;
		}
		System.out.println("[figures] POST /v2/sandbox/accounts, 100 calls after 20 warm-up: " + percentiles(nanos));
	}

	/**
	 * GET /v2/locations on two servers, test support on and off, in alternating blocks, so that whatever else the
	 * machine does weighs on both alike.
	 */
	private static void compare(String on, String off) throws Exception {
		String[] bases = { on, off };
		String[] tokens = { token(on, "admin", "theneo-demo-key"), token(off, "admin", "theneo-demo-key") };
		for (int s = 0; s < 2; s++) {
			for (int i = 0; i < 3000; i++) {
				send(bases[s], "GET", "/v2/locations", tokens[s], null, 200);
			}
		}
		int blocks = 20;
		int perBlock = 250;
		long[][] nanos = new long[2][blocks * perBlock];
		for (int b = 0; b < blocks; b++) {
			for (int s = 0; s < 2; s++) {
				for (int i = 0; i < perBlock; i++) {
					long start = System.nanoTime();
					send(bases[s], "GET", "/v2/locations", tokens[s], null, 200);
					nanos[s][b * perBlock + i] = System.nanoTime() - start;
				}
			}
		}
		System.out.println("[figures] GET /v2/locations, one client, " + blocks * perBlock
				+ " calls each, alternating blocks:");
		System.out.println("[figures]   test support on:  " + percentiles(nanos[0]));
		System.out.println("[figures]   test support off: " + percentiles(nanos[1]));
		double[] throughput = new double[2];
		for (int round = 0; round < 3; round++) {
			for (int s = 0; s < 2; s++) {
				throughput[s] += throughput(bases[s], tokens[s]) / 3;
			}
		}
		System.out.printf("[figures] GET /v2/locations, 4 clients, 3 alternating rounds: on %.0f requests/s, off %.0f"
				+ " requests/s%n", throughput[0], throughput[1]);
	}

	private static double throughput(String base, String token) throws Exception {
		int threads = 4;
		int perThread = 500;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long start = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i = 0; i < perThread; i++) {
					send(base, "GET", "/v2/locations", token, null, 200);
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		pool.shutdown();
		return threads * perThread / ((System.nanoTime() - start) / 1e9);
	}

	private static String percentiles(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		return String.format("mean %.2f ms, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms", mean,
				sorted[sorted.length / 2] / 1e6, sorted[sorted.length * 9 / 10] / 1e6,
				sorted[sorted.length * 99 / 100] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	private static String token(String base, String clientId, String secret) throws Exception {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
		JsonNode json = JSON.readTree(response.body());
		return json.get("access_token").asString();
	}

	private static void send(String base, String method, String path, String token, String body, int expected)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.method(method, body != null ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(method + " " + path + " answered " + response.statusCode());
		}
	}

}
