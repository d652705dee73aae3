package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Idempotent creates and racing updates: one effect, whatever the timing. */
class OrderConcurrencyApiTest extends OrdersTestSupport {

	private static final int RACERS = 32;

	private List<String> orderIds(TestAccount account) {
		List<String> ids = post(account, "/v2/orders/search",
				"{\"location_ids\": [\"" + account.id(CREATE_LOCATION) + "\"], \"return_entries\": true}")
			.then().statusCode(200).extract().jsonPath().getList("order_entries.order_id");
		return ids == null ? List.of() : ids;
	}

	@Test
	void aRepeatedCreateReplaysTheFirstAnswerByteForByte() {
		TestAccount account = freshAccount();
		String body = """
				{"idempotency_key": "8193148c-9586-11e6-99f9-28cfe92138cf", "order": %s}"""
			.formatted(order(account.id(CREATE_LOCATION), line("Tea", "1", 100)).replaceFirst("^\\{\"order\": ", "")
				.replaceFirst("}$", ""));
		Response first = post(account, "/v2/orders", body);
		Response second = post(account, "/v2/orders", body);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
		assertThat(orderIds(account)).hasSize(1);
		post(account, "/v2/orders", body.replace("\"Tea\"", "\"Coffee\""))
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("IDEMPOTENCY_KEY_REUSED"));
		assertThat(orderIds(account)).hasSize(1);
	}

	@Test
	void racingCreatesWithOneKeyMakeOneOrderAndAnswerAlike() throws Exception {
		TestAccount account = freshAccount();
		String body = "{\"idempotency_key\": \"race-1\", \"order\": {\"location_id\": \"" + account.id(CREATE_LOCATION)
				+ "\", \"line_items\": [" + line("Tea", "1", 100) + "]}}";
		List<Response> responses = race(() -> post(account, "/v2/orders", body));
		Set<String> bodies = new HashSet<>();
		for (Response r : responses) {
			assertThat(r.statusCode()).isEqualTo(200);
			bodies.add(r.asString());
		}
		assertThat(bodies).hasSize(1);
		assertThat(orderIds(account)).hasSize(1);
	}

	@Test
	void racingUpdatesFromOneVersionLetExactlyOneThrough() throws Exception {
		TestAccount account = freshAccount();
		String id = createId(account, order(account.id(CREATE_LOCATION), line("Tea", "1", 100)));
		List<Response> responses = raceIndexed((i) -> as(account)
			.body("{\"order\": {\"version\": 1, \"reference_id\": \"racer-" + i + "\"}}")
			.put("/v2/orders/" + id));
		long ok = responses.stream().filter((r) -> r.statusCode() == 200).count();
		long conflicts = responses.stream()
			.filter((r) -> r.statusCode() == 409 && "VERSION_MISMATCH".equals(r.path("errors[0].code"))
					&& "order.version".equals(r.path("errors[0].field")))
			.count();
		assertThat(ok).isEqualTo(1);
		assertThat(conflicts).isEqualTo(RACERS - 1);
		String winner = responses.stream().filter((r) -> r.statusCode() == 200).findFirst().orElseThrow()
			.path("order.reference_id");
		retrieve(account, id).body("order.version", equalTo(2)).body("order.reference_id", equalTo(winner));
	}

	private static List<Response> race(Callable<Response> call) throws Exception {
		return raceIndexed((i) -> call.call());
	}

	interface Indexed {

		Response call(int i) throws Exception;

	}

	private static List<Response> raceIndexed(Indexed call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(RACERS);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Response>> futures = new ArrayList<>();
			for (int i = 0; i < RACERS; i++) {
				int n = i;
				futures.add(pool.submit(() -> {
					start.await();
					return call.call(n);
				}));
			}
			start.countDown();
			List<Response> responses = new ArrayList<>();
			for (Future<Response> f : futures) {
				responses.add(f.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
