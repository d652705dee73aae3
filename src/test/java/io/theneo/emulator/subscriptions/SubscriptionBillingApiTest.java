package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.accounts.DueWork;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Billing on a moved clock: each test has a fresh account whose clock it moves with {@link AccountClock#moveTo}, then
 * runs the due work as the sandbox clock or the real-time job would. Assertions read the state, not the returned
 * events alone, since the real-time job may run the same due work at the same time (which is allowed).
 */
class SubscriptionBillingApiTest extends ApiTest {

	static final ZoneId LA = ZoneId.of("America/Los_Angeles");

	@Autowired
	AccountClock clock;

	@Autowired
	AccountService accountService;

	@Autowired
	DueWork dueWork;

	@Autowired
	BillingJob job;

	@Autowired
	JdbcTemplate jdbc;

	record Acc(TestAccount api, long id) {

		String id(String documented) {
			return this.api.id(documented);
		}

	}

	Acc account() {
		TestAccount a = freshAccount();
		return new Acc(a, this.accountService.findByMerchantId(a.merchantId()).orElseThrow().getId());
	}

	/**
	 * Moves the account's clock to {@code at} and runs what fell due up to {@code at}. The clock goes on ticking, so
	 * when it has already passed {@code at} (a few milliseconds after an earlier move) it stays where it is.
	 */
	List<DueWork.DueEvent> moveTo(Acc a, Instant at) {
		Instant from = this.clock.now(a.id());
		if (at.isAfter(from)) {
			this.clock.moveTo(a.id(), at);
		}
		return this.dueWork.runDue(a.id(), from, at);
	}

	static Instant midnight(String date, ZoneId zone) {
		return LocalDate.parse(date).atStartOfDay(zone).toInstant();
	}

	Map<String, Object> body(Acc a, String start, String zone, String card) {
		Map<String, Object> body = new HashMap<>();
		body.put("location_id", a.id(SubscriptionExamplesApiTest.LOCATION));
		body.put("plan_id", a.id(SubscriptionExamplesApiTest.PLAN));
		body.put("customer_id", a.id(SubscriptionExamplesApiTest.CUSTOMER));
		if (start != null) {
			body.put("start_date", start);
		}
		if (zone != null) {
			body.put("timezone", zone);
		}
		if (card != null) {
			body.put("card_id", card);
		}
		return body;
	}

	String create(Acc a, Map<String, Object> body) {
		return as(a.api()).body(body)
			.post("/v2/subscriptions")
			.then()
			.statusCode(200)
			.extract()
			.path("subscription.id");
	}

	JsonPath get(Acc a, String id) {
		return as(a.api()).get("/v2/subscriptions/" + id + "?include=actions")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.setRootPath("subscription");
	}

	List<Map<String, Object>> invoices(String subscriptionId) {
		return this.jdbc.queryForList(
				"select * from subscription_invoice where subscription_id = ? order by period_start", subscriptionId);
	}

	List<String> periods(String subscriptionId) {
		return invoices(subscriptionId).stream()
			.map((r) -> r.get("period_start") + ".." + r.get("period_end"))
			.toList();
	}

	List<String> eventTypes(Acc a, String id) {
		return as(a.api()).get("/v2/subscriptions/" + id + "/events")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("subscription_events.subscription_event_type");
	}

	@Test
	void monthlyBillingFromThe31stAcrossMonthEnds() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-01-31T18:00:00Z"));
		String id = create(a, body(a, "2027-01-31", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD)));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("ACTIVE");
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-02-28");
		assertThat(s.getString("paid_until_date")).isEqualTo("2027-02-28");
		assertThat(s.getList("invoice_ids")).hasSize(1);

		moveTo(a, midnight("2027-02-28", LA).minusSeconds(2));
		assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2027-02-28");

		List<DueWork.DueEvent> ran = moveTo(a, midnight("2027-02-28", LA));
		assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2027-03-31");
		assertThat(ran).allSatisfy((e) -> assertThat(e.at()).isEqualTo(midnight("2027-02-28", LA)));

		moveTo(a, Instant.parse("2027-05-01T12:00:00Z"));
		s = get(a, id);
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-05-31");
		assertThat(periods(id)).containsExactly("2027-01-31..2027-02-28", "2027-02-28..2027-03-31",
				"2027-03-31..2027-04-30", "2027-04-30..2027-05-31");
		List<String> newestFirst = new ArrayList<>(invoices(id).stream().map((r) -> (String) r.get("id")).toList());
		Collections.reverse(newestFirst);
		assertThat(s.getList("invoice_ids")).isEqualTo(newestFirst);
		assertThat(invoices(id)).allSatisfy((r) -> {
			assertThat(((Number) r.get("amount")).longValue()).isEqualTo(1000);
			assertThat(r.get("payment_id")).isNotNull();
		});
		assertThat(this.jdbc.queryForObject("select sum(amount) from card_payment where account_id = ?", Long.class,
				a.id())).isEqualTo(4000);
	}

	String plan(Acc a, String phases) {
		return as(a.api())
			.body("{\"idempotency_key\": \"" + java.util.UUID.randomUUID() + "\", \"object\": {\"type\": "
					+ "\"SUBSCRIPTION_PLAN\", \"id\": \"#plan\", \"subscription_plan_data\": {\"name\": \"Gym\", "
					+ "\"phases\": " + phases + "}}}")
			.post("/v2/catalog/object")
			.then()
			.statusCode(200)
			.extract()
			.path("catalog_object.id");
	}

	List<Long> amounts(String subscriptionId) {
		return invoices(subscriptionId).stream().map((r) -> ((Number) r.get("amount")).longValue()).toList();
	}

	@Test
	void aTrialPhaseThenTheRecurringPhase() {
		Acc a = account();
		String plan = plan(a, """
				[{"cadence": "WEEKLY", "periods": 2, "recurring_price_money": {"amount": 0, "currency": "USD"}},
				 {"cadence": "MONTHLY", "recurring_price_money": {"amount": 1900, "currency": "USD"}}]""");
		moveTo(a, Instant.parse("2027-03-01T20:00:00Z"));
		Map<String, Object> body = body(a, "2027-03-01", null, a.id(SubscriptionExamplesApiTest.CARD));
		body.put("plan_id", plan);
		body.put("tax_percentage", "10");
		String id = create(a, body);
		assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2027-03-08");
		moveTo(a, midnight("2027-04-15", LA));
		assertThat(periods(id)).containsExactly("2027-03-01..2027-03-08", "2027-03-08..2027-03-15",
				"2027-03-15..2027-04-15", "2027-04-15..2027-05-15");
		assertThat(amounts(id)).containsExactly(0L, 0L, 2090L, 2090L);
		assertThat(invoices(id).stream().map((r) -> r.get("payment_id") != null).toList()).containsExactly(false,
				false, true, true);
		assertThat(this.jdbc.queryForObject("select sum(amount) from card_payment where account_id = ?", Long.class,
				a.id())).isEqualTo(4180);
	}

	@Test
	void theDemoPremiumPlanHasAFreeFirstMonth() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-08-10T20:00:00Z"));
		Map<String, Object> body = body(a, "2027-08-10", null, null);
		body.put("plan_id", a.id(SubscriptionExamplesApiTest.OTHER_PLAN));
		String id = create(a, body);
		moveTo(a, midnight("2027-10-10", LA));
		assertThat(periods(id)).containsExactly("2027-08-10..2027-09-10", "2027-09-10..2027-10-10",
				"2027-10-10..2027-11-10");
		assertThat(amounts(id)).containsExactly(0L, 2500L, 2500L);
	}

	@Test
	void aPriceOverrideReplacesEveryPhasesPrice() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-08-10T20:00:00Z"));
		Map<String, Object> body = body(a, "2027-08-10", null, null);
		body.put("plan_id", a.id(SubscriptionExamplesApiTest.OTHER_PLAN));
		body.put("price_override_money", Map.of("amount", 700, "currency", "USD"));
		String id = create(a, body);
		moveTo(a, midnight("2027-09-10", LA));
		assertThat(amounts(id)).containsExactly(700L, 700L);
	}

	@Test
	void aPlanWhoseLastPhaseEndsCancelsTheSubscription() {
		Acc a = account();
		String plan = plan(a, """
				[{"cadence": "DAILY", "periods": 3, "recurring_price_money": {"amount": 100, "currency": "USD"}}]""");
		moveTo(a, Instant.parse("2027-05-01T20:00:00Z"));
		Map<String, Object> body = body(a, "2027-05-01", null, null);
		body.put("plan_id", plan);
		String id = create(a, body);
		moveTo(a, midnight("2027-05-10", LA));
		assertThat(periods(id)).containsExactly("2027-05-01..2027-05-02", "2027-05-02..2027-05-03",
				"2027-05-03..2027-05-04");
		assertThat(get(a, id).getString("status")).isEqualTo("CANCELED");
		assertThat(get(a, id).getString("canceled_date")).isEqualTo("2027-05-04");
	}

	@Test
	void monthlyBillingThroughFebruary29OfALeapYear() {
		Acc a = account();
		moveTo(a, Instant.parse("2028-01-31T20:00:00Z"));
		String id = create(a, body(a, null, "America/Los_Angeles", null));
		assertThat(get(a, id).getString("start_date")).isEqualTo("2028-01-31");
		assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2028-02-29");
		moveTo(a, midnight("2028-02-29", LA));
		assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2028-03-31");
		moveTo(a, midnight("2028-03-31", LA));
		assertThat(periods(id)).containsExactly("2028-01-31..2028-02-29", "2028-02-29..2028-03-31",
				"2028-03-31..2028-04-30");
		assertThat(invoices(id)).allSatisfy((r) -> assertThat(r.get("payment_id")).isNull());
	}

	@Test
	void thePrintedCreateRequestStartingInThePastBillsTheCurrentPeriodOnce() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-06-25T19:00:00Z"));
		String id = create(a, Map.of("idempotency_key", "8193148c-9586-11e6-99f9-28cfe92138cf", "location_id",
				a.id(SubscriptionExamplesApiTest.LOCATION), "plan_id", a.id(SubscriptionExamplesApiTest.PLAN),
				"customer_id", a.id(SubscriptionExamplesApiTest.CUSTOMER), "card_id",
				a.id(SubscriptionExamplesApiTest.CARD), "start_date", "2021-10-20", "tax_percentage", "5",
				"price_override_money", Map.of("amount", 100, "currency", "USD"), "timezone", "America/Los_Angeles",
				"source", Map.of("name", "My App")));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("ACTIVE");
		assertThat(s.getString("start_date")).isEqualTo("2021-10-20");
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-07-20");
		assertThat(periods(id)).containsExactly("2027-06-20..2027-07-20");
		assertThat(((Number) invoices(id).get(0).get("amount")).longValue()).isEqualTo(105);
		assertThat(this.jdbc.queryForObject("select amount from card_payment where id = ?", Long.class,
				invoices(id).get(0).get("payment_id"))).isEqualTo(105);
		assertThat(eventTypes(a, id)).containsExactly("START_SUBSCRIPTION");
	}

	@Test
	void aPendingSubscriptionStartsAtLocalMidnightOfItsStartDate() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-04-10T12:00:00Z"));
		String id = create(a, body(a, "2027-04-15", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD)));
		assertThat(get(a, id).getString("status")).isEqualTo("PENDING");
		assertThat(invoices(id)).isEmpty();
		moveTo(a, midnight("2027-04-15", LA).minusSeconds(2));
		assertThat(this.dueWork.runDue(a.id(), Instant.EPOCH, midnight("2027-04-15", LA).minusMillis(1))).isEmpty();
		assertThat(get(a, id).getString("status")).isEqualTo("PENDING");
		moveTo(a, midnight("2027-04-15", LA));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("ACTIVE");
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-05-15");
		assertThat(periods(id)).containsExactly("2027-04-15..2027-05-15");
		assertThat(eventTypes(a, id)).containsExactly("START_SUBSCRIPTION");
	}

	@Test
	void aScheduledCancelEndsTheSubscriptionAtTheEndOfThePeriod() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-03-05T12:00:00Z"));
		String id = create(a, body(a, "2027-03-05", "America/Los_Angeles", null));
		as(a.api()).post("/v2/subscriptions/" + id + "/cancel")
			.then()
			.statusCode(200)
			.body("subscription.canceled_date", equalTo("2027-04-05"))
			.body("subscription.status", equalTo("ACTIVE"))
			.body("actions[0].type", equalTo("CANCEL"))
			.body("actions[0].effective_date", equalTo("2027-04-05"));
		assertThat(get(a, id).getList("actions.type")).containsExactly("CANCEL");
		moveTo(a, midnight("2027-04-05", LA).minusSeconds(2));
		assertThat(get(a, id).getString("status")).isEqualTo("ACTIVE");
		moveTo(a, Instant.parse("2027-06-01T00:00:00Z"));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("CANCELED");
		assertThat(s.getString("canceled_date")).isEqualTo("2027-04-05");
		assertThat(s.getList("actions")).isNull();
		assertThat(periods(id)).containsExactly("2027-03-05..2027-04-05");
		assertThat(eventTypes(a, id)).containsExactly("START_SUBSCRIPTION", "STOP_SUBSCRIPTION");
		as(a.api()).post("/v2/subscriptions/" + id + "/cancel").then().statusCode(400).body("errors[0].code",
				equalTo("BAD_REQUEST"));
	}

	@Test
	void pauseAtTheNextPeriodThenResumeOnADate() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-03-10T12:00:00Z"));
		String id = create(a, body(a, "2027-03-10", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD)));
		as(a.api()).body(Map.of("pause_reason", "On holiday"))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(200)
			.body("actions[0].type", equalTo("PAUSE"))
			.body("actions[0].effective_date", equalTo("2027-04-10"))
			.body("subscription.status", equalTo("ACTIVE"));
		moveTo(a, midnight("2027-04-10", LA));
		assertThat(get(a, id).getString("status")).isEqualTo("PAUSED");
		moveTo(a, Instant.parse("2027-06-01T12:00:00Z"));
		assertThat(periods(id)).containsExactly("2027-03-10..2027-04-10");
		// resume IMMEDIATE on a date: billing restarts that day, with that day as the new anchor
		as(a.api()).body(Map.of("resume_effective_date", "2027-06-03"))
			.post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(200)
			.body("actions[0].type", equalTo("RESUME"))
			.body("actions[0].effective_date", equalTo("2027-06-03"))
			.body("subscription.status", equalTo("PAUSED"));
		moveTo(a, midnight("2027-07-03", LA));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("ACTIVE");
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-08-03");
		assertThat(periods(id)).containsExactly("2027-03-10..2027-04-10", "2027-06-03..2027-07-03",
				"2027-07-03..2027-08-03");
		assertThat(eventTypes(a, id)).containsExactly("START_SUBSCRIPTION", "PAUSE_SUBSCRIPTION",
				"RESUME_SUBSCRIPTION");
		List<Map<String, Object>> info = as(a.api()).get("/v2/subscriptions/" + id + "/events")
			.then()
			.extract()
			.jsonPath()
			.getList("subscription_events.info");
		assertThat(info.get(1)).containsEntry("detail", "On holiday").containsEntry("code", "USER_PROVIDED");
	}

	@Test
	void pauseForTwoCyclesResumesOnTheOldSchedule() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-01-31T18:00:00Z"));
		String id = create(a, body(a, "2027-01-31", "America/Los_Angeles", null));
		as(a.api()).body(Map.of("pause_cycle_duration", 2))
			.post("/v2/subscriptions/" + id + "/pause")
			.then()
			.statusCode(200)
			.body("actions.type", org.hamcrest.Matchers.contains("PAUSE", "RESUME"))
			.body("actions.effective_date", org.hamcrest.Matchers.contains("2027-02-28", "2027-04-30"));
		moveTo(a, midnight("2027-05-31", LA));
		assertThat(get(a, id).getString("status")).isEqualTo("ACTIVE");
		assertThat(periods(id)).containsExactly("2027-01-31..2027-02-28", "2027-04-30..2027-05-31",
				"2027-05-31..2027-06-30");
	}

	@Test
	void aDeclinedCardDeactivatesTheSubscriptionWithAnEvent() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-03-01T12:00:00Z"));
		String declining = as(a.api())
			.body(Map.of("source_id", "cnon:card-nonce-insufficient-funds", "card",
					Map.of("customer_id", a.id(SubscriptionExamplesApiTest.CUSTOMER))))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
		String id = create(a, body(a, "2027-03-01", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD)));
		as(a.api()).body(Map.of("subscription", Map.of("card_id", declining)))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200)
			.body("subscription.card_id", equalTo(declining));
		List<DueWork.DueEvent> ran = moveTo(a, midnight("2027-04-01", LA));
		JsonPath s = get(a, id);
		assertThat(s.getString("status")).isEqualTo("DEACTIVATED");
		assertThat(s.getString("charged_through_date")).isEqualTo("2027-04-01");
		assertThat(periods(id)).containsExactly("2027-03-01..2027-04-01");
		assertThat(eventTypes(a, id)).containsExactly("START_SUBSCRIPTION", "DEACTIVATE_SUBSCRIPTION");
		String detail = as(a.api()).get("/v2/subscriptions/" + id + "/events")
			.then()
			.extract()
			.path("subscription_events[1].info.detail");
		assertThat(detail).contains("INSUFFICIENT_FUNDS");
		moveTo(a, midnight("2027-06-01", LA));
		assertThat(periods(id)).hasSize(1);
		// resuming with a good card bills again from the resume date
		as(a.api()).body(Map.of("subscription", Map.of("card_id", a.id(SubscriptionExamplesApiTest.CARD))))
			.put("/v2/subscriptions/" + id)
			.then()
			.statusCode(200);
		as(a.api()).post("/v2/subscriptions/" + id + "/resume")
			.then()
			.statusCode(200)
			.body("subscription.status", equalTo("ACTIVE"))
			.body("subscription.charged_through_date", equalTo("2027-07-01"));
		assertThat(ran).isNotNull();
	}

	@Test
	void aCustomerWithoutEmailAtBillingTimeDeactivatesAnInvoicedSubscription() {
		Acc a = account();
		String customer = as(a.api()).body(Map.of("given_name", "Ada", "email_address", "ada@example.com"))
			.post("/v2/customers")
			.then()
			.statusCode(200)
			.extract()
			.path("customer.id");
		moveTo(a, Instant.parse("2027-03-01T12:00:00Z"));
		Map<String, Object> body = body(a, "2027-03-01", null, null);
		body.put("customer_id", customer);
		String id = create(a, body);
		as(a.api()).body(Map.of("email_address", "")).put("/v2/customers/" + customer).then().statusCode(200);
		moveTo(a, midnight("2027-04-01", LA));
		assertThat(get(a, id).getString("status")).isEqualTo("DEACTIVATED");
		assertThat(as(a.api()).get("/v2/subscriptions/" + id + "/events")
			.then()
			.extract()
			.jsonPath()
			.getString("subscription_events[1].info.code")).isEqualTo("CUSTOMER_NO_EMAIL");
	}

	@Test
	void creatingWithADecliningCardIs402AndCreatesNothing() {
		Acc a = account();
		String declining = as(a.api())
			.body(Map.of("source_id", "4000000000000002", "card",
					Map.of("customer_id", a.id(SubscriptionExamplesApiTest.CUSTOMER))))
			.post("/v2/cards")
			.then()
			.statusCode(200)
			.extract()
			.path("card.id");
		as(a.api()).body(body(a, null, null, declining))
			.post("/v2/subscriptions")
			.then()
			.statusCode(402)
			.body("errors[0].code", equalTo("CARD_DECLINED"))
			.body("errors[0].category", equalTo("PAYMENT_METHOD_ERROR"))
			.body("errors[0].type", equalTo("card_error"));
		assertThat(this.jdbc.queryForObject("select count(*) from subscription where account_id = ?", Integer.class,
				a.id())).isEqualTo(5);
		assertThat(this.jdbc.queryForObject("select count(*) from subscription_event where account_id = ?",
				Integer.class, a.id())).isEqualTo(4);
	}

	@Test
	void timeZonesDecideTheDayAroundMidnight() {
		Acc a = account();
		// 10:30 UTC on March 1: already March 2 (00:30) in Kiritimati (UTC+14), still March 1 in Los Angeles
		moveTo(a, Instant.parse("2027-03-01T10:30:00Z"));
		String kiritimati = create(a, body(a, "2027-03-02", "Pacific/Kiritimati", null));
		String losAngeles = create(a, body(a, "2027-03-02", "America/Los_Angeles", null));
		assertThat(get(a, kiritimati).getString("status")).isEqualTo("ACTIVE");
		assertThat(get(a, kiritimati).getString("charged_through_date")).isEqualTo("2027-04-02");
		assertThat(get(a, losAngeles).getString("status")).isEqualTo("PENDING");
		moveTo(a, Instant.parse("2027-03-02T07:59:58Z"));
		assertThat(get(a, losAngeles).getString("status")).isEqualTo("PENDING");
		moveTo(a, Instant.parse("2027-03-02T08:00:00Z"));
		assertThat(get(a, losAngeles).getString("status")).isEqualTo("ACTIVE");
		// Kiritimati's April 2 begins at 10:00 UTC on April 1, Los Angeles' at 07:00 UTC on April 2 (PDT)
		moveTo(a, Instant.parse("2027-04-01T09:59:58Z"));
		assertThat(periods(kiritimati)).hasSize(1);
		moveTo(a, Instant.parse("2027-04-01T10:00:00Z"));
		assertThat(periods(kiritimati)).containsExactly("2027-03-02..2027-04-02", "2027-04-02..2027-05-02");
		assertThat(periods(losAngeles)).hasSize(1);
		moveTo(a, Instant.parse("2027-04-02T06:59:58Z"));
		assertThat(periods(losAngeles)).hasSize(1);
		moveTo(a, Instant.parse("2027-04-02T07:00:00Z"));
		assertThat(periods(losAngeles)).containsExactly("2027-03-02..2027-04-02", "2027-04-02..2027-05-02");
	}

	@Test
	void runningTheSameWindowTwiceBillsNothingTwice() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-02-10T12:00:00Z"));
		String id = create(a, body(a, "2027-02-10", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD)));
		Instant from = this.clock.now(a.id());
		Instant to = Instant.parse("2027-06-11T00:00:00Z");
		this.clock.moveTo(a.id(), to);
		this.dueWork.runDue(a.id(), from, to);
		assertThat(periods(id)).hasSize(5);
		assertThat(this.dueWork.runDue(a.id(), from, to)).isEmpty();
		assertThat(periods(id)).hasSize(5);
		assertThat(this.jdbc.queryForObject("select count(*) from card_payment where account_id = ?", Integer.class,
				a.id())).isEqualTo(5);
	}

	@Test
	void twoRunnersAtOnceBillEachPeriodOnce() throws Exception {
		Acc a = account();
		moveTo(a, Instant.parse("2027-01-15T12:00:00Z"));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(create(a, body(a, "2027-01-15", "America/Los_Angeles", a.id(SubscriptionExamplesApiTest.CARD))));
		}
		Instant from = this.clock.now(a.id());
		Instant to = Instant.parse("2027-12-16T00:00:00Z");
		this.clock.moveTo(a.id(), to);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<List<DueWork.DueEvent>>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(pool.submit(() -> {
					go.await();
					return this.dueWork.runDue(a.id(), from, to);
				}));
			}
			go.countDown();
			List<DueWork.DueEvent> all = new ArrayList<>();
			for (Future<List<DueWork.DueEvent>> run : runs) {
				all.addAll(run.get());
			}
			assertThat(all.stream().filter((e) -> e.kind().equals("subscription.billed")).count())
				.isLessThanOrEqualTo(33);
		}
		finally {
			pool.shutdown();
		}
		for (String id : ids) {
			assertThat(periods(id)).hasSize(12).doesNotHaveDuplicates();
			assertThat(get(a, id).getString("charged_through_date")).isEqualTo("2028-01-15");
		}
		assertThat(this.jdbc.queryForObject("select count(*) from card_payment where account_id = ?", Integer.class,
				a.id())).isEqualTo(36);
	}

	@Test
	void theRealTimeJobRunsWhatIsDueByEachAccountsClock() {
		Acc a = account();
		moveTo(a, Instant.parse("2027-05-05T12:00:00Z"));
		String id = create(a, body(a, "2027-05-05", "America/Los_Angeles", null));
		this.clock.moveTo(a.id(), Instant.parse("2027-07-06T00:00:00Z"));
		this.job.run();
		assertThat(periods(id)).containsExactly("2027-05-05..2027-06-05", "2027-06-05..2027-07-05",
				"2027-07-05..2027-08-05");
	}

	@Test
	void theDocumentedSubscriptionsAreFrozen() {
		Acc a = account();
		moveTo(a, Instant.parse("2030-01-01T00:00:00Z"));
		JsonPath pending = get(a, a.id(SubscriptionExamplesApiTest.PENDING));
		assertThat(pending.getString("status")).isEqualTo("PENDING");
		JsonPath invoiced = get(a, a.id(SubscriptionExamplesApiTest.INVOICED));
		assertThat(invoiced.getString("charged_through_date")).isEqualTo("2021-11-20");
		assertThat(invoiced.getList("invoice_ids")).hasSize(2);
	}

}
