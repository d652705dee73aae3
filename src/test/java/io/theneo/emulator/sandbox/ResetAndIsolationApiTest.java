package io.theneo.emulator.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

class ResetAndIsolationApiTest extends ApiTest {

	@Test
	void resetBringsTheAccountBackToItsFixturesAndClearsJournalFaultsAndClock() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).get("/v2/locations").then().statusCode(200);
		as(account).body("{\"path\": \"/v2/orders\", \"status\": 500}").post("/v2/sandbox/faults").then().statusCode(201);
		as(account).body("{\"advance_by\": \"P3M\"}").post("/v2/sandbox/clock").then().statusCode(200);

		as(account).post("/v2/sandbox/reset")
			.then()
			.statusCode(200)
			.body("fixtures.location_ids", equalTo(account.fixtures().get("location_ids")))
			.body("fixtures.keySet()", contains("location_ids", "customer_ids", "catalog_object_ids", "plan_ids",
					"card_ids"));

		as(account).get("/v2/sandbox/requests").then().statusCode(200).body(equalTo("{}"));
		as(account).get("/v2/sandbox/faults").then().statusCode(200).body(equalTo("{}"));
		as(account).get("/v2/sandbox/clock").then().statusCode(200).body("offset_ms", equalTo(0));
		as(account).get("/v2/locations/" + account.fixture("location_ids", 3)).then().statusCode(200);
	}

	@Test
	void resetAcceptsAnIdempotencyKeyAndNothingElse() {
		TestAccounts.TestAccount account = freshAccount();
		as(account).body("{\"idempotency_key\": \"reset-1\"}").post("/v2/sandbox/reset").then().statusCode(200);
		as(account).body("{\"everything\": true}").post("/v2/sandbox/reset").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"));
	}

	@Test
	void resetLeavesOtherAccountsUntouched() {
		TestAccounts.TestAccount reset = freshAccount();
		TestAccounts.TestAccount other = freshAccount();
		for (TestAccounts.TestAccount account : List.of(reset, other)) {
			as(account).header("X-Request-Id", "before-reset").get("/v2/locations").then().statusCode(200);
			as(account).body("{\"path\": \"/v2/orders\", \"status\": 500}").post("/v2/sandbox/faults").then()
				.statusCode(201);
			as(account).body("{\"advance_by\": \"P1M\"}").post("/v2/sandbox/clock").then().statusCode(200);
		}
		as(reset).post("/v2/sandbox/reset").then().statusCode(200);

		as(other).get("/v2/sandbox/requests").then().body("requests", hasSize(3))
			.body("requests[2].request_id", equalTo("before-reset"));
		as(other).get("/v2/sandbox/faults").then().body("faults", hasSize(1));
		as(other).get("/v2/sandbox/clock").then().body("offset_ms", greaterThan(27L * 86_400_000));
		as(other).get("/v2/locations").then().statusCode(200).body("locations", hasSize(4));
		as(admin()).get("/v2/locations").then().statusCode(200).body("locations", hasSize(4));
	}

	@Test
	void twoAccountsActingAtOnceNeverSeeEachOthersJournalClockFaultsOrData() throws Exception {
		TestAccounts.TestAccount a = freshAccount();
		TestAccounts.TestAccount b = freshAccount();
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> runA = pool.submit(() -> act(a, "a", "P1M", together));
			Future<?> runB = pool.submit(() -> act(b, "b", "P1Y", together));
			runA.get();
			runB.get();
		}
		finally {
			pool.shutdownNow();
		}
		for (TestAccounts.TestAccount account : List.of(a, b)) {
			String me = account == a ? "a" : "b";
			JsonPath journal = as(account).get("/v2/sandbox/requests").then().statusCode(200).extract().jsonPath();
			List<String> ids = journal.getList("requests.request_id");
			assertThat(ids).isNotEmpty().allSatisfy((id) -> assertThat(id).startsWith(me + "-"));
			// each account's fault fired for itself only: exactly twice, on its own calls
			assertThat(journal.getList("requests.status", Integer.class).stream().filter((s) -> s == 503).count())
				.isEqualTo(2);
			List<String> locations = as(account).get("/v2/locations").then().extract().path("locations.id");
			assertThat(locations).isEqualTo(account.fixtures().get("location_ids"));
		}
		long offsetA = as(a).get("/v2/sandbox/clock").then().extract().<Number>path("offset_ms").longValue();
		long offsetB = as(b).get("/v2/sandbox/clock").then().extract().<Number>path("offset_ms").longValue();
		assertThat(offsetA).isBetween(27L * 86_400_000, 32L * 86_400_000);
		assertThat(offsetB).isBetween(364L * 86_400_000, 367L * 86_400_000);
		assertThat(a.fixtures().get("location_ids")).doesNotContainAnyElementsOf(b.fixtures().get("location_ids"));
	}

	private static Void act(TestAccounts.TestAccount account, String me, String advanceBy, CyclicBarrier together)
			throws Exception {
		as(account).header("X-Request-Id", me + "-fault")
			.body("{\"path\": \"/v2/locations\", \"status\": 503, \"times\": 2}")
			.post("/v2/sandbox/faults")
			.then()
			.statusCode(201);
		together.await();
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			statuses.add(as(account).header("X-Request-Id", me + "-call-" + i).get("/v2/locations").statusCode());
			if (i == 4) {
				as(account).header("X-Request-Id", me + "-clock").body("{\"advance_by\": \"" + advanceBy + "\"}")
					.post("/v2/sandbox/clock")
					.then()
					.statusCode(200);
			}
		}
		assertThat(statuses.stream().filter((s) -> s == 503).count()).isEqualTo(2);
		assertThat(statuses.stream().filter((s) -> s == 200).count()).isEqualTo(8);
		return null;
	}

}
