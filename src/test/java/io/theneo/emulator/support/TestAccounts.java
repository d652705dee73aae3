package io.theneo.emulator.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;


import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.accounts.Scopes;

import static io.restassured.RestAssured.given;

/** Makes accounts for tests and fetches their tokens through the real token endpoint. */


public class TestAccounts {

	private final AccountService accounts;

	private volatile TestAccount admin;

	TestAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	public TestAccount admin() {
		if (this.admin == null) {
			this.admin = new TestAccount("admin", "theneo-demo-key", "MLTHENEODEMO1", Map.of(),
					token("admin", "theneo-demo-key", null));
		}
		return this.admin;
	}

	public TestAccount fresh() {
		return fresh(Scopes.API);
	}

	public TestAccount fresh(List<String> scopes) {
		String clientId = "test-" + UUID.randomUUID();
		String secret = AccountService.newSecret();
		AccountService.CreatedAccount created = this.accounts.create(AccountService.newMerchantId(), "test account",
				clientId, secret, new LinkedHashSet<>(scopes), true, false);
		return new TestAccount(clientId, secret, created.merchantId(), created.fixtures(), token(clientId, secret, null));
	}

	/** A token for the client, optionally narrowed to {@code scopes} (space-separated). */
	public static String token(String clientId, String secret, String scopes) {
		var request = given().auth().preemptive().basic(clientId, secret).formParam("grant_type", "client_credentials");
		if (scopes != null) {
			request.formParam("scope", scopes);
		}
		return request.post("/oauth2/token").then().statusCode(200).extract().path("access_token");
	}

	public record TestAccount(String clientId, String secret, String merchantId, Map<String, List<String>> fixtures,
			String token) {

		/** The account's fixture id of a kind ({@code location_ids}, ...) at position {@code index}. */
		public String fixture(String kind, int index) {
			return this.fixtures.get(kind).get(index);
		}

		/** This account's id of the object the documents call {@code documentedId}. */
		public String id(String documentedId) {
			return new io.theneo.emulator.accounts.Fixtures(0, this.merchantId, "MLTHENEODEMO1".equals(this.merchantId),
					java.time.Instant.EPOCH).id(documentedId);
		}

		public Set<String> kinds() {
			return this.fixtures.keySet();
		}

	}

}
