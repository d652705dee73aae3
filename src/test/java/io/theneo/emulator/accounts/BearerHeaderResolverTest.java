package io.theneo.emulator.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The loop accepts, returns and refuses exactly what Spring Security's regular expression does. */
class BearerHeaderResolverTest {

	private static final List<String> PREFIXES = List.of("Bearer ", "bearer ", "BEARER ", "bEaReR ", "Bearer  ",
			"Bearer", "Bearer\t", "Bearerx ", "Basic ", "", " Bearer ", "Bear ", "Bearer\u00a0");

	private static final String ALPHABET = "abcXYZ0189-._~+/=  \t%,;:\"'\\*!@#$&()[]{}<>?\u00e9\u212a\u017f\u0130\u0000";

	private final BearerTokenResolver spring = new DefaultBearerTokenResolver();

	private final BearerTokenResolver ours = new BearerHeaderResolver();

	@Test
	void agreesWithDefaultBearerTokenResolverOnGeneratedHeaders() {
		Random random = new Random(20261125L);
		for (int i = 0; i < 20_000; i++) {
			StringBuilder header = new StringBuilder(PREFIXES.get(random.nextInt(PREFIXES.size())));
			int length = random.nextInt(12);
			boolean mostlyValid = random.nextBoolean();
			for (int j = 0; j < length; j++) {
				header.append(mostlyValid && random.nextInt(10) > 0 ? "aZ9-._~+/".charAt(random.nextInt(9))
						: ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			if (random.nextInt(4) == 0) {
				header.append("=".repeat(random.nextInt(3)));
			}
			assertSameOutcome(header.toString());
		}
	}

	@Test
	void agreesOnTheEdges() {
		for (String header : List.of("Bearer abc", "Bearer abc==", "Bearer ==", "Bearer a=b", "Bearer =a", "Bearer ",
				"bearer", "Bearer \u212a", "Bearer \u017f", "Bearer a b", "Bearer a\n", "Basic YWJj", "Bearerabc",
				"BEARER eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln")) {
			assertSameOutcome(header);
		}
		assertSameOutcome(null);
	}

	private void assertSameOutcome(String header) {
		assertThat(outcome(this.ours, header)).as("header [%s]", header).isEqualTo(outcome(this.spring, header));
	}

	private static String outcome(BearerTokenResolver resolver, String header) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/v2/customers");
		if (header != null) {
			request.addHeader("Authorization", header);
		}
		try {
			return "token:" + resolver.resolve(request);
		}
		catch (OAuth2AuthenticationException ex) {
			return "error:" + ex.getError().getErrorCode() + ":" + ex.getError().getDescription();
		}
	}

}
