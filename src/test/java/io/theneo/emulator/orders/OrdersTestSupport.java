package io.theneo.emulator.orders;

import java.time.Instant;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

/** Helpers of the orders tests: requests in the demo's shapes and the account's clock. */
abstract class OrdersTestSupport extends ApiTest {

	static final String CREATE_LOCATION = "057P5VYJ4A5X1";

	static final String RETRIEVE_ORDER = "CAISENgvlJ6jLWAzERDzjyHVybY";

	static final String UPDATE_ORDER = "DREk7wJcyXNHqULq8JJ2iPAsluJZY";

	@Autowired
	AccountClock clock;

	@Autowired
	AccountService accountService;

	/** An order of ad hoc lines: {@code lines} is the JSON of the line_items array's content. */
	static String order(String locationId, String lines) {
		return """
				{"order": {"location_id": "%s", "line_items": [%s]}}""".formatted(locationId, lines);
	}

	static String line(String name, String quantity, long price) {
		return """
				{"name": "%s", "quantity": "%s", "base_price_money": {"amount": %d, "currency": "USD"}}"""
			.formatted(name, quantity, price);
	}

	static Response post(TestAccount account, String path, String body) {
		return as(account).body(body).post(path);
	}

	static ValidatableResponse create(TestAccount account, String body) {
		return post(account, "/v2/orders", body).then();
	}

	/** Creates an order and returns its id. */
	static String createId(TestAccount account, String body) {
		return create(account, body).statusCode(200).extract().path("order.id");
	}

	static ValidatableResponse update(TestAccount account, String orderId, String body) {
		return as(account).body(body).put("/v2/orders/" + orderId).then();
	}

	static ValidatableResponse retrieve(TestAccount account, String orderId) {
		return as(account).get("/v2/orders/" + orderId).then();
	}

	long accountId(TestAccount account) {
		return this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
	}

	/** Moves the account's clock forward by {@code millis}, so that timestamps of later changes differ. */
	Instant tick(TestAccount account, long millis) {
		long id = accountId(account);
		while (true) {
			try {
				return this.clock.moveTo(id, this.clock.now(id).plusMillis(millis));
			}
			catch (io.theneo.emulator.web.ApiException realTimeMovedOnMeanwhile) {
				// the target was computed from a now that real time has since passed: ask again
			}
		}
	}

}
