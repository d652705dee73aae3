package io.theneo.emulator.customers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Races: one effect per idempotency key, one winner per version, no lost updates, pages stable under inserts. */
class CustomerConcurrencyApiTest extends ApiTest {

	private static final int RACERS = 32;

	private TestAccount account;

	private ExecutorService pool;

	@BeforeEach
	void setUp() {
		this.account = freshAccount();
		this.pool = Executors.newFixedThreadPool(RACERS);
	}

	@AfterEach
	void tearDown() throws InterruptedException {
		this.pool.shutdownNow();
		this.pool.awaitTermination(30, TimeUnit.SECONDS);
	}

	/** Runs {@code request} on RACERS threads released at the same instant; the responses in submission order. */
	private List<Response> race(Callable<Response> request) throws Exception {
		CountDownLatch ready = new CountDownLatch(RACERS);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Response>> futures = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			futures.add(this.pool.submit(() -> {
				ready.countDown();
				go.await();
				return request.call();
			}));
		}
		assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
		go.countDown();
		List<Response> responses = new ArrayList<>();
		for (Future<Response> f : futures) {
			responses.add(f.get(120, TimeUnit.SECONDS));
		}
		return responses;
	}

	@Test
	void concurrentCreatesWithOneKeyMakeOneCustomerAndOneAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"given_name\": \"Racer\", \"family_name\": \"" + key + "\"}";
		List<Response> responses = race(() -> as(this.account).header("Idempotency-Key", key).body(body)
			.post("/v2/customers"));
		Set<String> bodies = new HashSet<>();
		for (Response r : responses) {
			assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
			bodies.add(r.asString());
		}
		assertThat(bodies).hasSize(1);
		as(this.account).get("/v2/customers?count=true&given_name=Racer").then().statusCode(200).body("count",
				equalTo(1));
	}

	@Test
	void concurrentUpdatesAtOneVersionHaveExactlyOneWinner() throws Exception {
		String id = CustomersApiTest.create(this.account, "{\"given_name\": \"Contested\"}");
		List<Response> responses = race(() -> as(this.account)
			.body("{\"note\": \"" + Thread.currentThread().getName() + "\", \"version\": 0}")
			.put("/v2/customers/" + id));
		long ok = responses.stream().filter((r) -> r.statusCode() == 200).count();
		List<Response> conflicts = responses.stream().filter((r) -> r.statusCode() == 409).toList();
		assertThat(ok).isEqualTo(1);
		assertThat(conflicts).hasSize(RACERS - 1);
		for (Response conflict : conflicts) {
			assertThat((String) conflict.path("errors[0].code")).isEqualTo("VERSION_MISMATCH");
			assertThat((String) conflict.path("errors[0].detail"))
				.isEqualTo("Supplied version 0 does not match the current version 1 of customer " + id + ".");
		}
		as(this.account).get("/v2/customers/" + id).then().body("customer.version", equalTo(1));
	}

	@Test
	void concurrentUpdatesWithoutAVersionAllApplyAndNoneIsLost() throws Exception {
		String id = CustomersApiTest.create(this.account, "{\"given_name\": \"Shared\"}");
		List<String> groups = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			groups.add(as(this.account).body("{\"group\": {\"name\": \"G" + i + "\"}}").post("/v2/customers/groups")
				.then().statusCode(200).extract().path("group.id"));
		}
		List<String> queue = java.util.Collections.synchronizedList(new ArrayList<>(groups));
		List<Response> responses = race(() -> as(this.account).put("/v2/customers/" + id + "/groups/" + queue.remove(0)));
		assertThat(responses).allSatisfy((r) -> assertThat(r.statusCode()).as(r.asString()).isEqualTo(200));
		Response customer = as(this.account).get("/v2/customers/" + id);
		assertThat(customer.jsonPath().getList("customer.group_ids", String.class)).containsExactlyInAnyOrderElementsOf(groups);
		assertThat((Integer) customer.path("customer.version")).isEqualTo(RACERS);
	}

	@Test
	void pagesByCreationTimeVisitEveryCustomerOnceWhileOthersAreAdded() throws Exception {
		Set<String> before = new HashSet<>(List.of(this.account.fixture("customer_ids", 0)));
		for (int i = 0; i < 20; i++) {
			before.add(CustomersApiTest.create(this.account, "{\"given_name\": \"Before" + i + "\"}"));
		}
		AtomicBoolean paging = new AtomicBoolean(true);
		CountDownLatch writing = new CountDownLatch(1);
		Future<Integer> writer = this.pool.submit(() -> {
			int added = 0;
			do {
				as(this.account).body("{\"given_name\": \"During" + added + "\"}").post("/v2/customers").then()
					.statusCode(200);
				added++;
				writing.countDown();
			}
			while (paging.get() && added < 60);
			return added;
		});
		assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
		List<String> seen = new ArrayList<>();
		try {
			for (Map<String, Object> c : CustomerListApiTest.walk(this.account, "?sort_field=CREATED_AT&limit=3")) {
				seen.add((String) c.get("id"));
			}
		}
		finally {
			paging.set(false);
		}
		assertThat(writer.get(60, TimeUnit.SECONDS)).isPositive();
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(seen).containsAll(before);
		// the old customers come first, in the order of the pages
		assertThat(seen.subList(0, before.size())).containsExactlyInAnyOrderElementsOf(before);
	}

	@Test
	void racingUpsertsOfANewReferenceCreateOneCustomer() throws Exception {
		List<Response> responses = race(() -> as(this.account).body("{\"company_name\": \"Racing CRM\"}")
			.put("/v2/customers/reference/RACE-1"));
		assertThat(responses.stream().filter((r) -> r.statusCode() == 201)).hasSize(1);
		// the others arrive after it (an update, 200) or while it commits (the unique index: 409 CONFLICT)
		assertThat(responses).allSatisfy((r) -> assertThat(r.statusCode()).as(r.asString()).isIn(200, 201, 409));
		responses.stream().filter((r) -> r.statusCode() == 409)
			.forEach((r) -> assertThat((String) r.path("errors[0].code")).isEqualTo("CONFLICT"));
		as(this.account).get("/v2/customers?count=true&reference_id=RACE-1").then().body("count", equalTo(1));
	}

}
