package io.theneo.emulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * API.md §3: in the {@code prod} profile the server refuses to start with the built-in API key, and starts with a
 * strong one. Each case runs the real application in this JVM (no test profile, no shared test context) on a private
 * in-memory database.
 *
 * <p>
 * Settings are passed as command-line arguments, the highest-precedence source: {@code SpringApplicationBuilder
 * .properties(...)} only sets default properties, which application.properties overrides ({@code server.port} would
 * stay 8080 and the datasource the ./data file). The OS environment is left out so that an EMULATOR_ADMIN_API_KEY
 * exported on the machine cannot turn the default-key case into something else.
 */
class ProductionProfileTest {

	private static final String STRONG_KEY = "prod-guard-test-" + UUID.randomUUID();

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@Test
	void refusesToStartWithTheDefaultApiKey() {
		assertThatThrownBy(() -> run()).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("EMULATOR_ADMIN_API_KEY");
	}

	@Test
	void refusesToStartWithAShortApiKey() {
		assertThatThrownBy(() -> run("--EMULATOR_ADMIN_API_KEY=15-chars-is-low")).rootCause()
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("EMULATOR_ADMIN_API_KEY");
	}

	@Test
	void startsWithAStrongApiKey() throws Exception {
		try (ConfigurableApplicationContext context = run("--EMULATOR_ADMIN_API_KEY=" + STRONG_KEY)) {
			assertThat(context.isRunning()).isTrue();
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			HttpResponse<String> health = this.http.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
			// The configured key is the one in force, and the built-in one is not.
			assertThat(token(port, "admin:" + STRONG_KEY).statusCode()).isEqualTo(200);
			HttpResponse<String> withDefault = token(port, "admin:theneo-demo-key");
			assertThat(withDefault.statusCode()).isEqualTo(401);
			assertThat(withDefault.body()).contains("invalid_client");
		}
	}

	private HttpResponse<String> token(int port, String credentials) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext run(String... extraArgs) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		List<String> args = new ArrayList<>(List.of("--server.port=0",
				"--spring.datasource.url=jdbc:h2:mem:prodguard-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.datasource.username=sa", "--spring.datasource.password=", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN",
				// the refused starts are the expected outcome here: no "Application run failed" stack trace in the log
				"--logging.level.org.springframework.boot.SpringApplication=OFF"));
		args.addAll(List.of(extraArgs));
		return new SpringApplicationBuilder(EmulatorApplication.class).environment(environment)
			.profiles("prod")
			.run(args.toArray(String[]::new));
	}

}
