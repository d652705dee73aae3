package io.theneo.emulator.customers;

import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The shared idempotency mechanism (web.IdempotencyFilter, API.md §4) as a customer client meets it. */
class CustomerIdempotencyApiTest extends ApiTest {

	private TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private int count(String givenName) {
		return as(this.account).get("/v2/customers?count=true&given_name=" + givenName).then().statusCode(200).extract()
			.path("count");
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	@Test
	void aRepeatedCreateReplaysTheFirstResponseByteForByteAndCreatesNothing() {
		String key = key();
		String body = "{\"given_name\": \"Once\", \"email_address\": \"once@example.com\"}";
		Response first = as(this.account).header("Idempotency-Key", key).body(body).post("/v2/customers");
		first.then().statusCode(200);
		Response second = as(this.account).header("Idempotency-Key", key).body(body).post("/v2/customers");
		second.then().statusCode(200).header("Idempotent-Replayed", "true");
		assertThat(second.asString()).isEqualTo(first.asString());
		// the same request in another JSON layout is the same request
		Response third = as(this.account).header("Idempotency-Key", key)
			.body("{ \"email_address\":\"once@example.com\",\n \"given_name\":\"Once\" }")
			.post("/v2/customers");
		assertThat(third.asString()).isEqualTo(first.asString());
		assertThat(count("Once")).isEqualTo(1);
	}

	@Test
	void theBodysIdempotencyKeyWorksLikeTheHeader() {
		String body = "{\"idempotency_key\": \"" + key() + "\", \"given_name\": \"BodyKey\"}";
		String first = as(this.account).body(body).post("/v2/customers").then().statusCode(200).extract().asString();
		String again = as(this.account).body(body).post("/v2/customers").then().statusCode(200).extract().asString();
		assertThat(again).isEqualTo(first);
		assertThat(count("BodyKey")).isEqualTo(1);
		String key = key();
		String withBoth = as(this.account).header("Idempotency-Key", key)
			.body("{\"idempotency_key\": \"" + key + "\", \"given_name\": \"BothKeys\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.extract()
			.asString();
		assertThat(as(this.account).header("Idempotency-Key", key)
			.body("{\"idempotency_key\": \"" + key + "\", \"given_name\": \"BothKeys\"}")
			.post("/v2/customers")
			.asString()).isEqualTo(withBoth);
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefused() {
		String key = key();
		as(this.account).header("Idempotency-Key", key).body("{\"given_name\": \"Reused\"}").post("/v2/customers")
			.then()
			.statusCode(200);
		as(this.account).header("Idempotency-Key", key)
			.body("{\"given_name\": \"Different\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"))
			.body("errors[0].type", equalTo("idempotency_error"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"));
		assertThat(count("Different")).isZero();
	}

	@Test
	void headerAndBodyKeysMustAgree() {
		as(this.account).header("Idempotency-Key", "header-key")
			.body("{\"idempotency_key\": \"body-key\", \"given_name\": \"Disagree\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("idempotency_key"));
		assertThat(count("Disagree")).isZero();
	}

	@Test
	void keysAreAtMost192Characters() {
		as(this.account).header("Idempotency-Key", "k".repeat(193))
			.body("{\"given_name\": \"TooLong\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"));
		as(this.account).body("{\"idempotency_key\": \"" + "k".repeat(193) + "\", \"given_name\": \"TooLong\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("idempotency_key"));
		as(this.account).header("Idempotency-Key", "k".repeat(192))
			.body("{\"given_name\": \"LongEnough\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200);
		assertThat(count("TooLong")).isZero();
	}

	@Test
	void aFailedRequestIsNotRememberedSoTheClientCanFixItAndRetry() {
		String key = key();
		as(this.account).header("Idempotency-Key", key)
			.body("{\"given_name\": \"Retry\", \"email_address\": \"not-an-email\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_EMAIL_ADDRESS"));
		as(this.account).header("Idempotency-Key", key)
			.body("{\"given_name\": \"Retry\", \"email_address\": \"not-an-email\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_EMAIL_ADDRESS"));
		as(this.account).header("Idempotency-Key", key)
			.body("{\"given_name\": \"Retry\", \"email_address\": \"retry@example.com\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.email_address", equalTo("retry@example.com"));
		assertThat(count("Retry")).isEqualTo(1);
	}

	@Test
	void aReplayedUpdateChangesTheCustomerOnce() {
		String id = CustomersApiTest.create(this.account, "{\"given_name\": \"Updated\"}");
		String key = key();
		String first = as(this.account).header("Idempotency-Key", key).body("{\"note\": \"once\", \"version\": 0}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.version", equalTo(1))
			.extract()
			.asString();
		// without the key the stale version would be a conflict; with it the first answer comes back
		String again = as(this.account).header("Idempotency-Key", key).body("{\"note\": \"once\", \"version\": 0}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.extract()
			.asString();
		assertThat(again).isEqualTo(first);
		as(this.account).get("/v2/customers/" + id).then().body("customer.version", equalTo(1));
	}

	@Test
	void aReplayedDeleteAnswersItsFirstResponse() {
		String id = CustomersApiTest.create(this.account, "{\"given_name\": \"Deleted\"}");
		String key = key();
		as(this.account).header("Idempotency-Key", key).delete("/v2/customers/" + id).then().statusCode(200);
		assertThat(as(this.account).header("Idempotency-Key", key).delete("/v2/customers/" + id).then().statusCode(200)
			.extract().asString()).isEqualTo("{}");
		as(this.account).delete("/v2/customers/" + id).then().statusCode(404);
	}

	@Test
	void keysBelongToOneAccountAndOneEndpoint() {
		String key = key();
		as(this.account).header("Idempotency-Key", key).body("{\"given_name\": \"Scoped\"}").post("/v2/customers").then()
			.statusCode(200);
		as(this.account).header("Idempotency-Key", key).body("{\"group\": {\"name\": \"Scoped\"}}")
			.post("/v2/customers/groups").then().statusCode(200).body("group.name", equalTo("Scoped"));
		TestAccount other = freshAccount();
		as(other).header("Idempotency-Key", key).body("{\"given_name\": \"Elsewhere\"}").post("/v2/customers").then()
			.statusCode(200)
			.body("customer.given_name", equalTo("Elsewhere"));
	}

	@Test
	void anUpsertReplaysItsCreatedStatus() {
		String key = key();
		String first = as(this.account).header("Idempotency-Key", key).body("{\"given_name\": \"Up\"}")
			.put("/v2/customers/reference/UP-1").then().statusCode(201).extract().asString();
		String again = as(this.account).header("Idempotency-Key", key).body("{\"given_name\": \"Up\"}")
			.put("/v2/customers/reference/UP-1").then().statusCode(201).extract().asString();
		assertThat(again).isEqualTo(first);
		as(this.account).body("{\"given_name\": \"Up\"}").put("/v2/customers/reference/UP-1").then().statusCode(200);
	}

	@Test
	void keysWithControlCharactersAreRefused() {
		// PostgreSQL cannot store NUL in text: such a key must be a client error on every database, never a 500
		as(this.account).body("{\"idempotency_key\": \"a\\u0000b\", \"given_name\": \"Nul\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("idempotency_key"));
		assertThat(count("Nul")).isZero();
	}

}
