package io.theneo.emulator.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

class ClockApiTest extends ApiTest {

	@Test
	void aNewAccountsClockFollowsRealTime() {
		TestAccounts.TestAccount account = freshAccount();
		JsonPath clock = as(account).get("/v2/sandbox/clock")
			.then()
			.statusCode(200)
			.body("now", matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"))
			.body("offset_ms", equalTo(0))
			.extract()
			.jsonPath();
		assertThat(Instant.parse(clock.getString("now"))).isCloseTo(Instant.now(), within(Duration.ofSeconds(5)));
	}

	@Test
	void advancesByCalendarMonthsInUtc() {
		TestAccounts.TestAccount account = freshAccount();
		move(account, "{\"set_to\": \"2030-01-31T12:00:00Z\"}");
		Instant now = Instant.parse(move(account, "{\"advance_by\": \"P1M\"}").getString("now"));
		// the last day of February, give or take the real time that passed between the two calls
		assertThat(now).isBetween(Instant.parse("2030-02-28T12:00:00Z"), Instant.parse("2030-02-28T12:01:00Z"));
	}

	@Test
	void advancesByDaysHoursAndBoth() {
		TestAccounts.TestAccount account = freshAccount();
		Instant start = Instant.parse(move(account, "{\"set_to\": \"2031-03-10T00:00:00Z\"}").getString("now"));
		assertThat(start).isBetween(Instant.parse("2031-03-10T00:00:00Z"), Instant.parse("2031-03-10T00:01:00Z"));
		assertAbout(move(account, "{\"advance_by\": \"P7D\"}"), "2031-03-17T00:00:00Z");
		assertAbout(move(account, "{\"advance_by\": \"PT36H\"}"), "2031-03-18T12:00:00Z");
		assertAbout(move(account, "{\"advance_by\": \"P1MT2H\"}"), "2031-04-18T14:00:00Z");
		assertAbout(move(account, "{\"advance_by\": \"P1W\"}"), "2031-04-25T14:00:00Z");
		JsonPath clock = as(account).get("/v2/sandbox/clock").then().statusCode(200).extract().jsonPath();
		assertAbout(clock, "2031-04-25T14:00:00Z");
		assertThat(clock.getLong("offset_ms")).isGreaterThan(0);
	}

	@Test
	void aMoveWithNothingDueAnswersAnEmptyList() {
		// the demo subscriptions are frozen snapshots: a fresh account has nothing due
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"advance_by\": \"P1M\"}")
			.post("/v2/sandbox/clock")
			.then()
			.statusCode(200)
			.body("ran", empty())
			.body("offset_ms", org.hamcrest.Matchers.greaterThan(0L));
	}

	@Test
	void aMoveRunsWhatFallsDueInTimeOrderAndListsIt() {
		TestAccounts.TestAccount account = freshAccount();
		move(account, "{\"set_to\": \"2034-01-10T12:00:00Z\"}");
		String monthly = as(account).body(java.util.Map.of("location_id", account.fixture("location_ids", 3), "plan_id",
				account.fixture("plan_ids", 0), "customer_id", account.fixture("customer_ids", 0)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.extract()
			.path("subscription.id");
		JsonPath moved = move(account, "{\"advance_by\": \"P3M\"}");
		List<String> at = moved.getList("ran.at");
		assertThat(at).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparing(Instant::parse));
		assertThat(moved.getList("ran.kind", String.class)).contains("subscription.billed");
		assertThat(moved.getList("ran.object_id", String.class)).containsOnly(monthly);
		assertThat(moved.getList("ran.kind", String.class).stream().filter("subscription.billed"::equals).count())
			.isEqualTo(3);
		// the window is (from, to]: the same months are not billed again by the next move
		assertThat(move(account, "{\"advance_by\": \"PT1H\"}").getList("ran")).isEmpty();
		as(account).get("/v2/subscriptions/" + monthly).then().body("subscription.invoice_ids", hasSize(4));
	}

	@Test
	void anotherAccountsMoveBillsNothingHere() {
		TestAccounts.TestAccount owner = freshAccount();
		TestAccounts.TestAccount other = freshAccount();
		String id = as(owner).body(java.util.Map.of("location_id", owner.fixture("location_ids", 3), "plan_id",
				owner.fixture("plan_ids", 0), "customer_id", owner.fixture("customer_ids", 0)))
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.extract()
			.path("subscription.id");
		move(other, "{\"advance_by\": \"P6M\"}").getList("ran");
		assertThat(move(other, "{\"advance_by\": \"P1D\"}").getList("ran")).isEmpty();
		as(owner).get("/v2/subscriptions/" + id).then().body("subscription.invoice_ids", hasSize(1));
	}

	@Test
	void neverGoesBackwards() {
		TestAccounts.TestAccount account = freshAccount();
		move(account, "{\"set_to\": \"2032-06-01T00:00:00Z\"}");
		as(account).body("{\"set_to\": \"2032-05-31T23:59:59Z\"}")
			.post("/v2/sandbox/clock")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("set_to"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("backwards"));
		as(account).body("{\"set_to\": \"2020-01-01T00:00:00Z\"}").post("/v2/sandbox/clock").then().statusCode(400);
		as(account).body("{\"advance_by\": \"-P1D\"}")
			.post("/v2/sandbox/clock")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("advance_by"));
		as(account).body("{\"advance_by\": \"PT-1H\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].field", equalTo("advance_by"));
		assertAbout(as(account).get("/v2/sandbox/clock").then().extract().jsonPath(), "2032-06-01T00:00:00Z");
	}

	@Test
	void rejectsBadInput() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"advance_by\": \"one month\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE")).body("errors[0].field", equalTo("advance_by"));
		as(account).body("{\"advance_by\": \"P\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].field", equalTo("advance_by"));
		as(account).body("{\"advance_by\": \"P1MT\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].field", equalTo("advance_by"));
		as(account).body("{\"set_to\": \"next tuesday\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME")).body("errors[0].field", equalTo("set_to"));
		as(account).body("{\"set_to\": \"2031-01-01\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME"));
		as(account).body("{\"advance_by\": \"P1D\", \"set_to\": \"2040-01-01T00:00:00Z\"}").post("/v2/sandbox/clock")
			.then().statusCode(400).body("errors[0].code", equalTo("INVALID_VALUE"));
		as(account).body("{}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		as(account).post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		as(account).body("{\"advance\": \"P1D\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER")).body("errors[0].field", equalTo("advance"));
		as(account).body("{\"advance_by\": \"P100000Y\"}").post("/v2/sandbox/clock").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"));
		as(account).get("/v2/sandbox/clock").then().body("offset_ms", equalTo(0));
	}

	@Test
	void anAccountsClockMovesAlone() {
		TestAccounts.TestAccount moved = freshAccount();
		TestAccounts.TestAccount other = freshAccount();
		move(moved, "{\"advance_by\": \"P1Y\"}");
		as(other).get("/v2/sandbox/clock").then().body("offset_ms", equalTo(0));
		as(admin()).get("/v2/sandbox/clock").then().body("offset_ms", equalTo(0));
		as(moved).get("/v2/sandbox/clock").then().body("offset_ms", org.hamcrest.Matchers.greaterThan(360L * 86_400_000));
	}

	@Test
	void theAccountsClockStampsWhatItCreates() {
		TestAccounts.TestAccount account = freshAccount();
		move(account, "{\"set_to\": \"2033-07-04T00:00:00Z\"}");
		String created = as(account).body("{\"path\": \"/v2/orders\", \"status\": 500}")
			.post("/v2/sandbox/faults")
			.then()
			.statusCode(201)
			.extract()
			.path("fault.created_at");
		assertThat(Instant.parse(created).atOffset(ZoneOffset.UTC).getYear()).isEqualTo(2033);
		as(account).get("/v2/sandbox/faults").then().body("faults", hasSize(1));
	}

	private static JsonPath move(TestAccounts.TestAccount account, String body) {
		return as(account).body(body).post("/v2/sandbox/clock").then().statusCode(200).extract().jsonPath();
	}

	/** The clock keeps running in real time after a move: allow a minute for a slow machine. */
	private static void assertAbout(JsonPath clock, String expected) {
		Instant at = Instant.parse(expected);
		assertThat(Instant.parse(clock.getString("now"))).isBetween(at, at.plusSeconds(60));
	}

}
