package io.theneo.emulator.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static io.restassured.RestAssured.given;

/**
 * Base of every HTTP test: the whole server on a random port, through the real security chain. Every test class shares
 * this one configuration, so Spring starts the server once per run; tests isolate themselves by data (a fresh account
 * from {@link TestAccounts}), not by fresh contexts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestAccounts.class)
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestAccounts accounts;

	@BeforeEach
	void restAssuredPort() {
		RestAssured.port = this.port;
		RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
	}

	/** A request with the token of {@code account} and a JSON content type. */
	protected static RequestSpecification as(TestAccounts.TestAccount account) {
		return given().auth().oauth2(account.token()).contentType("application/json");
	}

	/** The default account (admin / theneo-demo-key, documented fixture ids). */
	protected TestAccounts.TestAccount admin() {
		return this.accounts.admin();
	}

	/** A fresh account of its own, with every API scope and the demo fixtures under derived ids. */
	protected TestAccounts.TestAccount freshAccount() {
		return this.accounts.fresh();
	}

}
