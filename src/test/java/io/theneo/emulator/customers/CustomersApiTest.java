package io.theneo.emulator.customers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Create, retrieve, update (PUT and merge patch) and delete, with every validation rule by code and wire path. */
class CustomersApiTest extends ApiTest {

	static final String TIMESTAMP = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

	@Autowired
	AccountService accountService;

	@Autowired
	AccountClock clock;

	private TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	static String create(TestAccount account, String json) {
		return as(account).body(json).post("/v2/customers").then().statusCode(200).extract().path("customer.id");
	}

	@Test
	void createReturnsTheCustomerAtVersionZeroCreatedThroughTheApi() {
		as(this.account).body("""
				{"given_name": "Amelia", "family_name": "Earhart", "email_address": "Amelia.Earhart@example.com",
				 "address": {"address_line_1": "500 Electric Ave", "address_line_2": "Suite 600", "locality": "New York",
				             "administrative_district_level_1": "NY", "postal_code": "10003", "country": "US"},
				 "phone_number": "+1-212-555-4240", "reference_id": "YOUR_REFERENCE_ID", "note": "a customer",
				 "nickname": "Lady Lindy", "company_name": "Lockheed", "birthday": "1897-07-24"}""")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.id", matchesPattern("[A-Z0-9]{26}"))
			.body("customer.given_name", equalTo("Amelia"))
			.body("customer.family_name", equalTo("Earhart"))
			.body("customer.nickname", equalTo("Lady Lindy"))
			.body("customer.company_name", equalTo("Lockheed"))
			.body("customer.email_address", equalTo("Amelia.Earhart@example.com"))
			.body("customer.phone_number", equalTo("+1-212-555-4240"))
			.body("customer.birthday", equalTo("1897-07-24"))
			.body("customer.reference_id", equalTo("YOUR_REFERENCE_ID"))
			.body("customer.note", equalTo("a customer"))
			.body("customer.address.address_line_1", equalTo("500 Electric Ave"))
			.body("customer.address.address_line_2", equalTo("Suite 600"))
			.body("customer.address.locality", equalTo("New York"))
			.body("customer.address.administrative_district_level_1", equalTo("NY"))
			.body("customer.address.postal_code", equalTo("10003"))
			.body("customer.address.country", equalTo("US"))
			.body("customer.preferences.email_unsubscribed", equalTo(false))
			.body("customer.creation_source", equalTo("THIRD_PARTY"))
			.body("customer.version", equalTo(0))
			.body("customer.created_at", matchesPattern(TIMESTAMP))
			.body("customer.updated_at", matchesPattern(TIMESTAMP))
			.body("customer", not(hasKey("group_ids")));
	}

	@Test
	void absentAttributesAreOmittedNotNull() {
		String body = as(this.account).body("{\"email_address\": \"only@example.com\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer", not(hasKey("address")))
			.body("customer", not(hasKey("given_name")))
			.body("customer", not(hasKey("group_ids")))
			.extract()
			.asString();
		assertThat(body).doesNotContain("null");
	}

	@Test
	void createNeedsOneOfTheIdentifyingFields() {
		as(this.account).body("{\"note\": \"nobody\", \"nickname\": \"x\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors", hasSize(1))
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].type", equalTo("invalid_request_error"))
			.body("errors[0].detail", containsString("given_name"));
		as(this.account).body("{\"given_name\": \"\", \"family_name\": null}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		as(this.account).body("{}").post("/v2/customers").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		for (String one : List.of("given_name", "family_name", "company_name")) {
			as(this.account).body("{\"" + one + "\": \"Someone\"}").post("/v2/customers").then().statusCode(200);
		}
		as(this.account).body("{\"phone_number\": \"206-555-0100\"}").post("/v2/customers").then().statusCode(200);
	}

	@Test
	void reportsEveryProblemOfOneRequestTogetherWithItsField() {
		as(this.account).body("""
				{"given_name": "Amelia", "email_address": "amelia@", "phone_number": "call me",
				 "birthday": "1897-13-40", "address": {"country": "USA", "locality": 7},
				 "nickname": "%s", "unknown_thing": 1}""".formatted("n".repeat(101)))
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors", hasSize(7))
			.body("errors.field", containsInAnyOrder("email_address", "phone_number", "birthday", "address.country",
					"address.locality", "nickname", "unknown_thing"))
			.body("errors.find { it.field == 'email_address' }.code", equalTo("INVALID_EMAIL_ADDRESS"))
			.body("errors.find { it.field == 'phone_number' }.code", equalTo("INVALID_PHONE_NUMBER"))
			.body("errors.find { it.field == 'birthday' }.code", equalTo("INVALID_VALUE"))
			.body("errors.find { it.field == 'address.country' }.code", equalTo("INVALID_VALUE"))
			.body("errors.find { it.field == 'address.locality' }.code", equalTo("INVALID_VALUE"))
			.body("errors.find { it.field == 'nickname' }.code", equalTo("VALUE_TOO_LONG"))
			.body("errors.find { it.field == 'unknown_thing' }.code", equalTo("UNKNOWN_BODY_PARAMETER"));
	}

	@Test
	void acceptsE164AndCommonNationalPhoneForms() {
		for (String phone : List.of("+12065550100", "(206) 555-0100", "206-555-0100", "+1 (206) 555-0100",
				"206.555.0100", "+44 20 7946 0958", "+1-212-555-4240")) {
			as(this.account).body("{\"phone_number\": \"" + phone + "\"}")
				.post("/v2/customers")
				.then()
				.statusCode(200)
				.body("customer.phone_number", equalTo(phone));
		}
		for (String phone : List.of("555-0100", "abc-def-ghij", "+1 206 555 0100 ext 5", "12345678901234567",
				"206--555-0100", "((206)) 555-0100", "+")) {
			as(this.account).body("{\"given_name\": \"P\", \"phone_number\": \"" + phone + "\"}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_PHONE_NUMBER"))
				.body("errors[0].field", equalTo("phone_number"));
		}
	}

	@Test
	void emailAddressesAreChecked() {
		for (String bad : List.of("plain", "a@b", "a@@example.com", "a b@example.com", "@example.com", "a@example.")) {
			as(this.account).body("{\"email_address\": \"" + bad + "\"}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_EMAIL_ADDRESS"))
				.body("errors[0].field", equalTo("email_address"));
		}
		as(this.account).body("{\"email_address\": \"" + "a".repeat(250) + "@x.io\"}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("email_address"));
	}

	@Test
	void birthdayWithoutYearComesBackAsYearZero() {
		as(this.account).body("{\"given_name\": \"B\", \"birthday\": \"09-21\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.birthday", equalTo("0000-09-21"));
		as(this.account).body("{\"given_name\": \"B\", \"birthday\": \"02-29\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.birthday", equalTo("0000-02-29"));
		as(this.account).body("{\"given_name\": \"B\", \"birthday\": \"0000-09-21\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.birthday", equalTo("0000-09-21"));
		for (String bad : List.of("1998-02-30", "21-09", "1998/09/21", "Sept 21", "2001-02-29")) {
			as(this.account).body("{\"given_name\": \"B\", \"birthday\": \"" + bad + "\"}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo("birthday"));
		}
	}

	@Test
	void countryMustBeAnIsoAlpha2Code() {
		as(this.account).body("{\"given_name\": \"C\", \"address\": {\"country\": \"FR\"}}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.address.country", equalTo("FR"));
		for (String bad : List.of("XX", "USA", "us", "1")) {
			as(this.account).body("{\"given_name\": \"C\", \"address\": {\"country\": \"" + bad + "\"}}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo("address.country"));
		}
		as(this.account).body("{\"given_name\": \"C\", \"address\": {\"planet\": \"Mars\"}}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("address.planet"));
	}

	@Test
	void lengthLimitsAreSquares() {
		record Limit(String field, int max) {
		}
		for (Limit limit : List.of(new Limit("given_name", 300), new Limit("family_name", 300),
				new Limit("company_name", 500), new Limit("nickname", 100), new Limit("reference_id", 100),
				new Limit("note", 4096))) {
			as(this.account).body("{\"email_address\": \"l@example.com\", \"" + limit.field() + "\": \""
					+ "x".repeat(limit.max()) + "\"}").post("/v2/customers").then().statusCode(200);
			as(this.account)
				.body("{\"email_address\": \"l@example.com\", \"" + limit.field() + "\": \"" + "x".repeat(limit.max() + 1)
						+ "\"}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
				.body("errors[0].field", equalTo(limit.field()));
		}
		as(this.account).body("{\"given_name\": \"L\", \"address\": {\"address_line_1\": \"" + "x".repeat(501) + "\"}}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("address.address_line_1"));
	}

	@Test
	void readOnlyFieldsAreRefusedOnCreate() {
		for (String field : List.of("\"id\": \"X\"", "\"created_at\": \"2020-01-01T00:00:00Z\"",
				"\"updated_at\": \"2020-01-01T00:00:00Z\"", "\"creation_source\": \"THIRD_PARTY\"", "\"version\": 0",
				"\"group_ids\": []", "\"preferences\": {\"email_unsubscribed\": true}")) {
			String name = field.substring(1, field.indexOf('"', 1));
			as(this.account).body("{\"given_name\": \"R\", " + field + "}")
				.post("/v2/customers")
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo(name))
				.body("errors[0].detail", equalTo("Read-only field is calculated and cannot be set by a client."));
		}
	}

	@Test
	void wrongJsonIsRefused() {
		as(this.account).body("{\"given_name\": 42}")
			.post("/v2/customers")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("given_name"));
		as(this.account).body("[1, 2]").post("/v2/customers").then().statusCode(400)
			.body("errors[0].code", equalTo("EXPECTED_JSON_BODY"));
		as(this.account).body("{\"given_name\": ").post("/v2/customers").then().statusCode(400)
			.body("errors[0].code", equalTo("EXPECTED_JSON_BODY"));
		as(this.account).body("{\"given_name\": \"nul\\u0000\"}").post("/v2/customers").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("given_name"));
	}

	@Test
	void retrievesACustomerAndItsFixture() {
		String id = create(this.account, "{\"given_name\": \"Ret\", \"family_name\": \"Rieve\"}");
		as(this.account).get("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.id", equalTo(id))
			.body("customer.given_name", equalTo("Ret"));
		String demo = this.account.fixture("customer_ids", 0);
		assertThat(demo).isEqualTo(this.account.id("CHFGVKYY8RSV93M5KCYTG4PN0G"));
		as(this.account).get("/v2/customers/" + demo)
			.then()
			.statusCode(200)
			.body("customer.email_address", equalTo("amelia.earhart@example.com"))
			.body("customer.given_name", equalTo("Amelia"))
			.body("customer.version", equalTo(0));
	}

	@Test
	void theDefaultAccountHasTheDocumentedCustomer() {
		as(admin()).get("/v2/customers/CHFGVKYY8RSV93M5KCYTG4PN0G")
			.then()
			.statusCode(200)
			.body("customer.id", equalTo("CHFGVKYY8RSV93M5KCYTG4PN0G"))
			.body("customer.email_address", notNullValue());
	}

	@Test
	void unknownAndForeignIdsAreNotFound() {
		as(this.account).get("/v2/customers/NOSUCHCUSTOMER0000000000000")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].detail", equalTo("Customer with ID `NOSUCHCUSTOMER0000000000000` not found."));
		TestAccount other = freshAccount();
		String foreign = create(other, "{\"given_name\": \"Foreign\"}");
		as(this.account).get("/v2/customers/" + foreign).then().statusCode(404)
			.body("errors[0].detail", equalTo("Customer with ID `" + foreign + "` not found."));
		as(this.account).body("{\"given_name\": \"Mine\"}").put("/v2/customers/" + foreign).then().statusCode(404);
		as(this.account).body("{\"given_name\": \"Mine\"}")
			.contentType("application/merge-patch+json")
			.patch("/v2/customers/" + foreign)
			.then()
			.statusCode(404);
		as(this.account).delete("/v2/customers/" + foreign).then().statusCode(404);
		as(other).get("/v2/customers/" + foreign).then().statusCode(200).body("customer.given_name", equalTo("Foreign"));
	}

	@Test
	void updateChangesOnlyTheGivenFieldsAndBumpsTheVersion() {
		String id = create(this.account, """
				{"given_name": "Amelia", "family_name": "Earhart", "email_address": "Amelia.Earhart@example.com",
				 "phone_number": "+1-212-555-4240", "note": "a customer",
				 "address": {"address_line_1": "500 Electric Ave", "locality": "New York", "country": "US"}}""");
		String createdAt = as(this.account).get("/v2/customers/" + id).then().extract().path("customer.created_at");
		as(this.account).body("""
				{"email_address": "New.Amelia.Earhart@example.com", "note": "updated customer note", "version": 0}""")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.email_address", equalTo("New.Amelia.Earhart@example.com"))
			.body("customer.note", equalTo("updated customer note"))
			.body("customer.given_name", equalTo("Amelia"))
			.body("customer.phone_number", equalTo("+1-212-555-4240"))
			.body("customer.address.locality", equalTo("New York"))
			.body("customer.version", equalTo(1))
			.body("customer.created_at", equalTo(createdAt));
		as(this.account).get("/v2/customers/" + id).then().body("customer.version", equalTo(1));
	}

	@Test
	void emptyStringEmptyObjectOrNullRemovesAnAttribute() {
		String id = create(this.account, """
				{"given_name": "Amelia", "family_name": "Earhart", "nickname": "Lady Lindy", "note": "n",
				 "phone_number": "+1-212-555-4240",
				 "address": {"address_line_1": "500 Electric Ave", "locality": "New York", "country": "US"}}""");
		as(this.account).body("{\"nickname\": \"\", \"note\": {}, \"phone_number\": null}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer", not(hasKey("nickname")))
			.body("customer", not(hasKey("note")))
			.body("customer", not(hasKey("phone_number")))
			.body("customer.given_name", equalTo("Amelia"));
		// inside the address, fields are set and removed one by one
		as(this.account).body("{\"address\": {\"locality\": \"\", \"postal_code\": \"10003\"}}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.address", not(hasKey("locality")))
			.body("customer.address.postal_code", equalTo("10003"))
			.body("customer.address.address_line_1", equalTo("500 Electric Ave"));
		as(this.account).body("{\"address\": {}}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer", not(hasKey("address")));
		as(this.account).body("{\"address\": {\"locality\": \"Atchison\"}}").put("/v2/customers/" + id).then()
			.statusCode(200);
		as(this.account).body("{\"address\": null}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer", not(hasKey("address")));
	}

	@Test
	void updateCannotLeaveTheCustomerWithoutAnyIdentifyingField() {
		String id = create(this.account, "{\"given_name\": \"Only\"}");
		as(this.account).body("{\"given_name\": \"\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		as(this.account).get("/v2/customers/" + id).then().body("customer.given_name", equalTo("Only"))
			.body("customer.version", equalTo(0));
	}

	@Test
	void updateValidatesLikeCreateAndRefusesReadOnlyFields() {
		String id = create(this.account, "{\"given_name\": \"V\"}");
		as(this.account).body("{\"email_address\": \"bad\", \"address\": {\"country\": \"ZZ\"}, \"birthday\": \"x\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(400)
			.body("errors.field", containsInAnyOrder("email_address", "address.country", "birthday"));
		for (String field : List.of("id", "created_at", "updated_at", "creation_source", "group_ids")) {
			as(this.account).body("{\"" + field + "\": \"x\"}")
				.put("/v2/customers/" + id)
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_VALUE"))
				.body("errors[0].field", equalTo(field))
				.body("errors[0].detail", equalTo("Read-only field is calculated and cannot be set by a client."));
		}
		as(this.account).body("{\"favourite_colour\": \"blue\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("favourite_colour"));
		as(this.account).body("{\"version\": \"one\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("version"));
	}

	@Test
	void customerIdInTheBodyMustEqualThePath() {
		String id = create(this.account, "{\"given_name\": \"Same\"}");
		as(this.account).body("{\"customer_id\": \"" + id + "\", \"note\": \"ok\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.note", equalTo("ok"));
		as(this.account).body("{\"customer_id\": \"SOMEONEELSE\", \"note\": \"no\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("customer_id"));
	}

	@Test
	void staleVersionIsAConflictAndChangesNothing() {
		String id = create(this.account, "{\"given_name\": \"Versioned\"}");
		as(this.account).body("{\"note\": \"first\", \"version\": 0}").put("/v2/customers/" + id).then().statusCode(200);
		as(this.account).body("{\"note\": \"second\", \"version\": 0}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].field", equalTo("version"))
			.body("errors[0].detail",
					equalTo("Supplied version 0 does not match the current version 1 of customer " + id + "."));
		as(this.account).body("{\"note\": \"third\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.note", equalTo("third"))
			.body("customer.version", equalTo(2));
	}

	@Test
	void timestampsFollowTheAccountClock() {
		long accountId = this.accountService.findByMerchantId(this.account.merchantId()).orElseThrow().getId();
		Instant target = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MILLIS);
		this.clock.moveTo(accountId, target);
		String id = create(this.account, "{\"given_name\": \"Clock\"}");
		Response created = as(this.account).get("/v2/customers/" + id);
		assertThat(Instant.parse(created.path("customer.created_at"))).isAfterOrEqualTo(target);
		assertThat((String) created.path("customer.updated_at")).isEqualTo(created.path("customer.created_at"));
		this.clock.moveTo(accountId, target.plus(Duration.ofDays(1)));
		String updatedAt = as(this.account).body("{\"note\": \"later\"}")
			.put("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.created_at", equalTo(created.path("customer.created_at")))
			.extract()
			.path("customer.updated_at");
		assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(target.plus(Duration.ofDays(1)));
	}

	@Test
	void mergePatchRemovesWithNullAndMergesObjects() {
		String id = create(this.account, """
				{"given_name": "Amelia", "phone_number": "+1-212-555-4240", "note": "n",
				 "address": {"address_line_1": "500 Electric Ave", "locality": "New York", "postal_code": "10003"}}""");
		as(this.account).contentType("application/merge-patch+json")
			.body("{\"nickname\": \"Lady Lindy\", \"phone_number\": null, \"address\": {\"postal_code\": \"10004\","
					+ " \"locality\": null}}")
			.patch("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.nickname", equalTo("Lady Lindy"))
			.body("customer", not(hasKey("phone_number")))
			.body("customer.note", equalTo("n"))
			.body("customer.address.postal_code", equalTo("10004"))
			.body("customer.address.address_line_1", equalTo("500 Electric Ave"))
			.body("customer.address", not(hasKey("locality")))
			.body("customer.version", equalTo(1));
		// an empty object merges nothing (unlike PUT, where it removes)
		as(this.account).contentType("application/merge-patch+json")
			.body("{\"address\": {}}")
			.patch("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer.address.postal_code", equalTo("10004"));
		as(this.account).contentType("application/json")
			.body("{\"address\": null, \"version\": 2}")
			.patch("/v2/customers/" + id)
			.then()
			.statusCode(200)
			.body("customer", not(hasKey("address")))
			.body("customer.version", equalTo(3));
		as(this.account).contentType("application/merge-patch+json")
			.body("{\"note\": \"stale\", \"version\": 1}")
			.patch("/v2/customers/" + id)
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"));
		as(this.account).contentType("text/plain").body("note=x").patch("/v2/customers/" + id).then().statusCode(415)
			.body("errors[0].code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
	}

	@Test
	void deleteAnswersEmptyObjectThenTheCustomerIsGone() {
		String id = create(this.account, "{\"given_name\": \"Gone\"}");
		String body = as(this.account).delete("/v2/customers/" + id).then().statusCode(200).extract().asString();
		assertThat(body).isEqualTo("{}");
		as(this.account).get("/v2/customers/" + id).then().statusCode(404).body("errors[0].code", equalTo("NOT_FOUND"));
		as(this.account).delete("/v2/customers/" + id).then().statusCode(404);
	}

	@Test
	void deleteWithAStaleVersionIsAConflict() {
		String id = create(this.account, "{\"given_name\": \"Kept\"}");
		as(this.account).body("{\"note\": \"v1\"}").put("/v2/customers/" + id).then().statusCode(200);
		as(this.account).delete("/v2/customers/" + id + "?version=0")
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("version"))
			.body("errors[0].detail", containsString("Supplied version 0 does not match the current version 1"));
		as(this.account).get("/v2/customers/" + id).then().statusCode(200);
		as(this.account).delete("/v2/customers/" + id + "?version=abc").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("version"));
		as(this.account).delete("/v2/customers/" + id + "?version=1").then().statusCode(200);
	}

	@Test
	void unknownQueryParametersAreNamed() {
		String id = create(this.account, "{\"given_name\": \"Q\"}");
		as(this.account).get("/v2/customers/" + id + "?expand=all&debug=1")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"))
			.body("errors.field", containsInAnyOrder("expand", "debug"))
			.body("errors[0].detail", containsString("expand"))
			.body("errors[0].detail", containsString("debug"));
		as(this.account).delete("/v2/customers/" + id + "?versoin=0")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"))
			.body("errors[0].field", equalTo("versoin"));
	}

	@Test
	void scopesAreEnforced() {
		TestAccount readOnly = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		as(readOnly).body("{\"given_name\": \"No\"}")
			.post("/v2/customers")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].detail", containsString("CUSTOMERS_WRITE"));
		String demo = readOnly.fixture("customer_ids", 0);
		as(readOnly).get("/v2/customers/" + demo).then().statusCode(200);
		as(readOnly).delete("/v2/customers/" + demo).then().statusCode(403);
		TestAccount writeOnly = this.accounts.fresh(List.of("CUSTOMERS_WRITE"));
		as(writeOnly).get("/v2/customers").then().statusCode(403).body("errors[0].detail", containsString("CUSTOMERS_READ"));
		io.restassured.RestAssured.given().get("/v2/customers").then().statusCode(401)
			.body("errors[0].code", equalTo("UNAUTHORIZED"));
	}

	@Test
	void squareVersionHeaderIsIgnored() {
		as(this.account).header("Square-Version", "2021-10-20")
			.body("{\"given_name\": \"Sq\"}")
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.body("customer.given_name", equalTo("Sq"))
			.header("X-Request-Id", notNullValue());
	}

	@Test
	void groupIdsAppearOnceTheCustomerJoinsAGroup() {
		String id = create(this.account, "{\"given_name\": \"Member\"}");
		String group = as(this.account).body("{\"group\": {\"name\": \"VIP\"}}")
			.post("/v2/customers/groups")
			.then()
			.statusCode(200)
			.extract()
			.path("group.id");
		as(this.account).put("/v2/customers/" + id + "/groups/" + group).then().statusCode(200);
		as(this.account).get("/v2/customers/" + id)
			.then()
			.body("customer.group_ids", equalTo(List.of(group)))
			.body("customer.version", equalTo(1));
		as(this.account).body("{\"group_ids\": []}").put("/v2/customers/" + id).then().statusCode(400);
		as(this.account).get("/v2/customers/" + id).then().body("customer.segment_ids", nullValue());
	}

}
