package io.theneo.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * API.md §11: on the embedded H2 file database an acknowledged write survives {@code kill -9}. The server runs as a
 * child JVM on a file in a temporary folder; 8 clients revoke tokens (each 200 is a committed insert into
 * revoked_token) and the child is SIGKILLed the moment enough revocations are acknowledged, with more still in flight.
 * After a restart on the same file every acknowledged revocation must hold, and tokens never revoked must still work
 * (so the signing key survived as well).
 *
 * <p>
 * No Spring context in this JVM: the point is a real process dying without any shutdown hook. The child never sees
 * SPRING_DATASOURCE_* (CI points the rest of the suite at PostgreSQL with them): this test is about the H2 file.
 */
class DurabilityTest {

	private static final String MAIN_CLASS = "io.theneo.emulator.EmulatorApplication";

	private static final String DEFAULT_FILE = "./data/emulator";

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

	private static final int CLIENTS = 8;

	/** Tokens handed to the revoking clients; the kill comes before they are all sent. */
	private static final int TOKENS = 320;

	/** Acknowledged revocations after which the server is killed (the brief asks for 200+). */
	private static final int KILL_AFTER = 240;

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("admin:theneo-demo-key".getBytes(StandardCharsets.UTF_8));

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final List<Server> servers = new ArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void killChildren() throws InterruptedException {
		for (Server server : this.servers) {
			server.process.destroyForcibly();
			server.process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	@Test
	void acknowledgedRevocationsSurviveKill9() throws Throwable {
		String url = fileUrl(this.dir.resolve("emulator"));
		try {
			Server first = start("first", url);
			String control = token(first);
			List<String> tokens = inParallel(TOKENS, (i) -> token(first));

			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
			CountDownLatch enough = new CountDownLatch(KILL_AFTER);
			AtomicInteger next = new AtomicInteger();
			ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
			for (int c = 0; c < CLIENTS; c++) {
				clients.execute(() -> {
					int i;
					while ((i = next.getAndIncrement()) < tokens.size()) {
						String token = tokens.get(i);
						HttpResponse<String> response;
						try {
							response = revoke(first, token);
						}
						catch (IOException ex) {
							return; // the server is gone: this revocation was never acknowledged
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return;
						}
						if (response.statusCode() == 200) {
							acknowledged.add(token);
							enough.countDown();
						}
						else {
							unexpected.add(response.statusCode() + " " + response.body());
						}
					}
				});
			}
			boolean reached = enough.await(45, TimeUnit.SECONDS);
			first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no H2 close
			first.process.waitFor(10, TimeUnit.SECONDS);
			clients.shutdown();
			assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).as("clients stopped").isTrue();
			assertThat(unexpected).as("answers to revocations other than 200").isEmpty();
			assertThat(reached).as("%d revocations acknowledged before the kill", KILL_AFTER).isTrue();
			int attempted = Math.min(next.get(), tokens.size());
			List<String> neverSent = tokens.subList(attempted, tokens.size());

			Server second = start("second", url);
			assertThat(locations(second, control).statusCode()).as("a never-revoked token after the restart")
				.isEqualTo(200);
			List<String> acked = List.copyOf(acknowledged);
			List<String> lost = new ArrayList<>();
			List<String> verdicts = inParallel(acked.size(), (i) -> {
				HttpResponse<String> response = locations(second, acked.get(i));
				String code = (response.statusCode() == 401) ? errorCode(response.body()) : null;
				return "ACCESS_TOKEN_REVOKED".equals(code) ? null : response.statusCode() + " " + abbreviate(response.body());
			});
			for (String verdict : verdicts) {
				if (verdict != null) {
					lost.add(verdict);
				}
			}
			if (!lost.isEmpty()) {
				fail("%d of %d acknowledged revocations were lost by kill -9; after the restart such a token got: %s",
						lost.size(), acked.size(), lost.get(0));
			}
			List<Integer> unrevoked = inParallel(neverSent.size(), (i) -> locations(second, neverSent.get(i)).statusCode());
			assertThat(unrevoked).as("tokens never sent for revocation").allMatch((status) -> status == 200);
			System.out.printf("DurabilityTest: %d revocations acknowledged, %d in flight at the kill, %d never sent; "
					+ "all acknowledged ones held after the restart%n", acked.size(), attempted - acked.size(),
					neverSent.size());
			// A graceful stop (SIGTERM) right after a burst of requests: the journal still flushes their entries
			// while the server shuts down, so the database must stay open until the pool closes it.
			second.process.destroy();
			assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).as("graceful stop within 60 s").isTrue();
			Path trace = this.dir.resolve("emulator.trace.db");
			String traced = Files.exists(trace) ? Files.readString(trace, StandardCharsets.UTF_8) : "";
			assertThat(traced + Files.readString(second.log, StandardCharsets.UTF_8))
				.as("H2 closed under the shutdown").doesNotContain("Database is already closed");
		}
		catch (Throwable failure) {
			for (Server server : this.servers) {
				System.err.println("---- last lines of the " + server.name + " server's log (" + server.log + ")");
				System.err.println(tail(server.log, 80));
			}
			throw failure;
		}
	}

	/**
	 * The shipped default datasource URL with its file moved into the temporary folder, so that this test exercises
	 * exactly the settings the server runs with out of the box (WRITE_DELAY=0 and all).
	 */
	private static String fileUrl(Path file) throws IOException {
		Properties defaults = new Properties();
		try (InputStream in = DurabilityTest.class.getResourceAsStream("/application.properties")) {
			defaults.load(in);
		}
		String url = defaults.getProperty("spring.datasource.url");
		assertThat(url).as("default datasource in application.properties")
			.startsWith("jdbc:h2:file:" + DEFAULT_FILE + ";")
			.contains(";WRITE_DELAY=0");
		return url.replace(DEFAULT_FILE, file.toAbsolutePath().toString());
	}

	private Server start(String name, String url) throws Exception {
		int port = freePort();
		Path log = this.dir.resolve("server-" + name + ".log");
		String java = ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		List<String> command = List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
				System.getProperty("java.class.path"), MAIN_CLASS, "--server.port=" + port,
				"--spring.datasource.url=" + url, "--spring.datasource.username=sa", "--spring.datasource.password=",
				"--spring.profiles.active=", "--emulator.auth.admin-client-id=admin",
				"--emulator.auth.admin-client-secret=theneo-demo-key", "--emulator.auth.signing-key=",
				"--emulator.auth.key-pepper=");
		ProcessBuilder builder = new ProcessBuilder(command).directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		// Hermetic child: only application.properties and the arguments above, whatever CI exports.
		builder.environment().keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("EMULATOR_"));
		Server server = new Server(name, builder.start(), port, log);
		this.servers.add(server);
		awaitHealthy(server);
		return server;
	}

	private void awaitHealthy(Server server) throws Exception {
		long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
		long started = System.nanoTime();
		while (true) {
			if (!server.process.isAlive()) {
				fail("The " + server.name + " server exited with " + server.process.exitValue() + " before it was up");
			}
			try {
				HttpResponse<String> health = this.http.send(
						HttpRequest.newBuilder(server.uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")) {
					System.out.printf("DurabilityTest: %s server up in %d ms%n", server.name,
							TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			if (System.nanoTime() > deadline) {
				fail("The " + server.name + " server was not UP within " + STARTUP_TIMEOUT.toSeconds() + " s");
			}
			Thread.sleep(250);
		}
	}

	private String token(Server server) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(form(server, "/oauth2/token", "grant_type=client_credentials"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("token: %s", response.body()).isEqualTo(200);
		return JsonMapper.shared().readTree(response.body()).path("access_token").asString();
	}

	private HttpResponse<String> revoke(Server server, String token) throws IOException, InterruptedException {
		return this.http.send(form(server, "/oauth2/revoke", "token=" + token), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> locations(Server server, String token) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(server.uri("/v2/locations"))
			.header("Authorization", "Bearer " + token)
			.timeout(Duration.ofSeconds(15))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest form(Server server, String path, String body) {
		return HttpRequest.newBuilder(server.uri(path))
			.header("Authorization", BASIC)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(15))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String errorCode(String body) {
		JsonNode error = JsonMapper.shared().readTree(body).path("errors").path(0);
		return error.path("code").asString(null);
	}

	/** Runs {@code task} for 0..n-1 on {@link #CLIENTS} threads; results in index order. */
	private static <T> List<T> inParallel(int n, IndexedTask<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit((Callable<T>) () -> task.run(index)));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static String abbreviate(String body) {
		return (body.length() <= 120) ? body : body.substring(0, 120) + "...";
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log, int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	@FunctionalInterface
	private interface IndexedTask<T> {

		T run(int index) throws Exception;

	}

	private record Server(String name, Process process, int port, Path log) {

		URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

	}

}
