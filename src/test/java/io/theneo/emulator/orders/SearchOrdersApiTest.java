package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * One account with four orders at the "Create order" location, created 10 ms apart: o1 OPEN from POS with the
 * customer, o2 DRAFT from Web, o3 from POS with the customer and then COMPLETED, o4 OPEN with the default source.
 */
class SearchOrdersApiTest extends OrdersTestSupport {

	private static TestAccount account;

	private static String location;

	private static List<String> ids;

	private static List<String> created;

	private static String customer;

	@BeforeEach
	void orders() {
		if (account != null) {
			return;
		}
		TestAccount account = freshAccount();
		String location = account.id(CREATE_LOCATION);
		String customer = account.id("CHFGVKYY8RSV93M5KCYTG4PN0G");
		List<String> ids = new ArrayList<>();
		List<String> created = new ArrayList<>();
		String[] bodies = {
				"{\"order\": {\"location_id\": \"%s\", \"customer_id\": \"%s\", \"source\": {\"name\": \"POS\"}}}"
					.formatted(location, customer),
				"{\"order\": {\"location_id\": \"%s\", \"state\": \"DRAFT\", \"source\": {\"name\": \"Web\"}}}"
					.formatted(location),
				"{\"order\": {\"location_id\": \"%s\", \"customer_id\": \"%s\", \"source\": {\"name\": \"POS\"}}}"
					.formatted(location, customer),
				"{\"order\": {\"location_id\": \"%s\"}}".formatted(location) };
		for (String body : bodies) {
			tick(account, 10);
			ValidatableResponse response = create(account, body).statusCode(200);
			ids.add(response.extract().path("order.id"));
			created.add(response.extract().path("order.created_at"));
		}
		tick(account, 10);
		update(account, ids.get(2), "{\"order\": {\"version\": 1, \"state\": \"COMPLETED\"}}").statusCode(200);
		// published only once complete, so that a failure here fails every test rather than leaving half a set-up
		SearchOrdersApiTest.location = location;
		SearchOrdersApiTest.customer = customer;
		SearchOrdersApiTest.ids = ids;
		SearchOrdersApiTest.created = created;
		SearchOrdersApiTest.account = account;
	}

	private ValidatableResponse search(String body) {
		return post(account, "/v2/orders/search", body).then();
	}

	private String locations() {
		return "\"location_ids\": [\"" + location + "\"]";
	}

	@Test
	void newestFirstByDefault() {
		search("{" + locations() + "}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(3), ids.get(2), ids.get(1), ids.get(0)))
			.body("$", not(hasKey("cursor")))
			.body("$", not(hasKey("order_entries")));
	}

	@Test
	void oldestFirstWhenAsked() {
		search("{" + locations() + ", \"query\": {\"sort\": {\"sort_field\": \"CREATED_AT\", \"sort_order\": \"ASC\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(0), ids.get(1), ids.get(2), ids.get(3)));
	}

	@Test
	void sortsByUpdatedAt() {
		search("{" + locations() + ", \"query\": {\"sort\": {\"sort_field\": \"UPDATED_AT\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(3), ids.get(1), ids.get(0)));
	}

	@Test
	void filtersByState() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"state_filter\": {\"states\": [\"OPEN\"]}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(3), ids.get(0)));
		search("{" + locations() + ", \"query\": {\"filter\": {\"state_filter\": {\"states\": [\"COMPLETED\", \"DRAFT\"]}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(1)));
		search("{" + locations() + ", \"query\": {\"filter\": {\"state_filter\": {\"states\": []}}}}")
			.statusCode(400)
			.body("errors[0].field", equalTo("query.filter.state_filter.states"));
	}

	@Test
	void filtersByCustomerAndSource() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"customer_filter\": {\"customer_ids\": [\"" + customer
				+ "\"]}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(0)));
		search("{" + locations() + ", \"query\": {\"filter\": {\"source_filter\": {\"source_names\": [\"My App\", \"Web\"]}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(3), ids.get(1)));
		search("{" + locations() + ", \"query\": {\"filter\": {\"source_filter\": {\"source_names\": [\"POS\"]},"
				+ " \"state_filter\": {\"states\": [\"OPEN\"]}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(0)));
	}

	@Test
	void filtersByATimeRangeOnTheSortField() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"created_at\": {\"start_at\": \""
				+ created.get(1) + "\", \"end_at\": \"" + created.get(2) + "\"}}}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(1)));
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"created_at\": {\"start_at\": \""
				+ created.get(3) + "\"}}}, \"sort\": {\"sort_field\": \"CREATED_AT\", \"sort_order\": \"ASC\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(3)));
	}

	@Test
	void aTimeRangeOnAnotherFieldThanTheSortIsABadRequest() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"updated_at\": {\"start_at\": "
				+ "\"2020-01-01T00:00:00Z\"}}}}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"))
			.body("errors[0].field", equalTo("query.sort.sort_field"));
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"updated_at\": {\"start_at\": "
				+ "\"2020-01-01T00:00:00Z\"}}}, \"sort\": {\"sort_field\": \"UPDATED_AT\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(3), ids.get(1), ids.get(0)));
	}

	@Test
	void closedAtFindsOnlyClosedOrders() {
		search("{" + locations() + ", \"query\": {\"sort\": {\"sort_field\": \"CLOSED_AT\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2)))
			.body("orders[0].closed_at", notNullValue());
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"closed_at\": {\"end_at\": "
				+ "\"2999-01-01T00:00:00Z\"}}}, \"sort\": {\"sort_field\": \"CLOSED_AT\"}}}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2)));
	}

	@Test
	void badTimesAreRejected() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"created_at\": {\"start_at\": "
				+ "\"yesterday\"}}}}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME"))
			.body("errors[0].field", equalTo("query.filter.date_time_filter.created_at.start_at"));
		search("{" + locations() + ", \"query\": {\"filter\": {\"date_time_filter\": {\"created_at\": {\"start_at\": "
				+ "\"2021-01-01T00:00:00Z\", \"end_at\": \"2020-01-01T00:00:00Z\"}}}}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME_RANGE"));
	}

	@Test
	void pagesWithKeysetCursors() {
		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			String body = "{" + locations() + ", \"limit\": 1" + (cursor == null ? "" : ", \"cursor\": \"" + cursor + "\"")
					+ "}";
			ValidatableResponse page = search(body).statusCode(200);
			List<String> pageIds = page.extract().path("orders.id");
			seen.addAll(pageIds);
			cursor = page.extract().path("cursor");
			pages++;
		}
		while (cursor != null && pages < 10);
		assertThat(seen).containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0));
		assertThat(pages).isEqualTo(4);
	}

	@Test
	void aCursorBelongsToItsQuery() {
		String cursor = search("{" + locations() + ", \"limit\": 1}").statusCode(200).extract().path("cursor");
		search("{" + locations() + ", \"limit\": 3, \"cursor\": \"" + cursor + "\"}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(2), ids.get(1), ids.get(0)));
		search("{" + locations() + ", \"cursor\": \"" + cursor + "\", \"query\": {\"sort\": {\"sort_field\": "
				+ "\"CREATED_AT\", \"sort_order\": \"ASC\"}}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		search("{" + locations() + ", \"cursor\": \"garbage\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		TestAccount other = freshAccount();
		post(other, "/v2/orders/search", "{\"location_ids\": [\"" + other.id(CREATE_LOCATION) + "\"], \"cursor\": \""
				+ cursor + "\"}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void returnsEntriesWhenAsked() {
		search("{" + locations() + ", \"return_entries\": true, \"limit\": 2}")
			.statusCode(200)
			.body("order_entries.order_id", contains(ids.get(3), ids.get(2)))
			.body("order_entries[1].version", equalTo(2))
			.body("order_entries[0].location_id", equalTo(location))
			.body("$", not(hasKey("orders")))
			.body("cursor", notNullValue());
	}

	@Test
	void searchesSeveralLocationsOfTheAccount() {
		search("{\"location_ids\": [\"" + location + "\", \"" + account.id("D7AVYMEAPJ3A3") + "\"]}")
			.statusCode(200)
			.body("orders.id", contains(ids.get(3), ids.get(2), ids.get(1), ids.get(0), account.id(RETRIEVE_ORDER)));
	}

	@Test
	void anEmptyResultIsAnEmptyObject() {
		search("{" + locations() + ", \"query\": {\"filter\": {\"source_filter\": {\"source_names\": [\"nobody\"]}}}}")
			.statusCode(200)
			.body("$", anEmptyMap());
	}

	@Test
	void locationIdsAreRequiredAndMustBeTheAccounts() {
		search("{}").statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("location_ids"));
		search("{\"location_ids\": [\"" + location + "\", \"" + CREATE_LOCATION + "\"]}").statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("location_ids[1]"));
		StringBuilder eleven = new StringBuilder();
		for (int i = 0; i < 11; i++) {
			eleven.append(i == 0 ? "" : ",").append("\"").append(location).append("\"");
		}
		search("{\"location_ids\": [" + eleven + "]}").statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("location_ids"));
	}

	@Test
	void limitIsBetween1And1000() {
		search("{" + locations() + ", \"limit\": 0}").statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"))
			.body("errors[0].field", equalTo("limit"));
		search("{" + locations() + ", \"limit\": 1001}").statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"));
		search("{" + locations() + ", \"limit\": 1000}").statusCode(200);
	}

	@Test
	void unknownFieldsAndEnumsAreRejected() {
		search("{" + locations() + ", \"query\": {\"sort\": {\"sort_field\": \"PRICE\"}}}").statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"));
		search("{" + locations() + ", \"query\": {\"filter\": {\"fulfillment_filter\": {}}}}").statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"));
	}

}
