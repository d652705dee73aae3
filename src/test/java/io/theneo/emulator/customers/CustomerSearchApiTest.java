package io.theneo.emulator.customers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.accounts.AccountService;
import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static io.theneo.emulator.customers.CustomersApiTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** POST /v2/customers/search: every filter, their AND, sort, pages, count, and every error of the body. */
class CustomerSearchApiTest extends ApiTest {

	@Autowired
	AccountService accountService;

	@Autowired
	AccountClock clock;

	private TestAccount account;

	private String demo;

	@BeforeEach
	void account() {
		this.account = freshAccount();
		this.demo = this.account.fixture("customer_ids", 0);
	}

	private Response search(String body) {
		return as(this.account).body(body).post("/v2/customers/search");
	}

	private List<String> ids(String body) {
		List<String> ids = search(body).then().statusCode(200).extract().jsonPath().getList("customers.id");
		return ids != null ? ids : List.of();
	}

	private static String filter(String filter) {
		return "{\"query\": {\"filter\": {" + filter + "}}}";
	}

	@Test
	void withoutQueryEveryCustomerComesInDefaultOrder() {
		String bob = create(this.account, "{\"given_name\": \"Bob\"}");
		String abe = create(this.account, "{\"given_name\": \"Abe\"}");
		assertThat(ids("{}")).containsExactly(abe, this.demo, bob);
		assertThat(as(this.account).post("/v2/customers/search").then().statusCode(200).extract().jsonPath()
			.getList("customers.id", String.class)).containsExactly(abe, this.demo, bob);
		assertThat(ids("{\"query\": {\"sort\": {\"field\": \"DEFAULT\", \"order\": \"DESC\"}}}"))
			.containsExactly(bob, this.demo, abe);
	}

	@Test
	void emailFilterIsExactOrFuzzyAndCaseInsensitive() {
		String steven = create(this.account, "{\"email_address\": \"steven.johnson@gmail.com\"}");
		String bakery = create(this.account, "{\"email_address\": \"mygmail@stevensbakery.com\"}");
		String other = create(this.account, "{\"email_address\": \"Other@Example.com\"}");
		assertThat(ids(filter("\"email_address\": {\"exact\": \"other@example.COM\"}"))).containsExactly(other);
		assertThat(ids(filter("\"email_address\": {\"exact\": \"other@example\"}"))).isEmpty();
		assertThat(ids(filter("\"email_address\": {\"fuzzy\": \"Steven gmail\"}")))
			.containsExactlyInAnyOrder(steven, bakery);
		assertThat(ids(filter("\"email_address\": {\"fuzzy\": \"johnson\"}"))).containsExactly(steven);
		assertThat(ids(filter("\"email_address\": {\"fuzzy\": \"example.com\"}")))
			.containsExactlyInAnyOrder(other, this.demo);
	}

	@Test
	void phoneFilterComparesE164ExactlyAndDigitGroupsFuzzily() {
		String a = create(this.account, "{\"given_name\": \"A\", \"phone_number\": \"+1-415-212-1200\"}");
		String b = create(this.account, "{\"given_name\": \"B\", \"phone_number\": \"+1-212-415-1234\"}");
		String c = create(this.account, "{\"given_name\": \"C\", \"phone_number\": \"+1 (551) 234-1567\"}");
		assertThat(ids(filter("\"phone_number\": {\"exact\": \"+14152121200\"}"))).containsExactly(a);
		assertThat(ids(filter("\"phone_number\": {\"exact\": \"+1 (415) 212-1200\"}"))).containsExactly(a);
		assertThat(ids(filter("\"phone_number\": {\"fuzzy\": \"415\"}"))).containsExactlyInAnyOrder(a, b, c);
		assertThat(ids(filter("\"phone_number\": {\"fuzzy\": \"415 123\"}"))).containsExactlyInAnyOrder(b, c);
	}

	@Test
	void referenceFilterIsExactOrTokenwise() {
		String m35 = create(this.account, "{\"given_name\": \"J\", \"reference_id\": \"NYC_M_35_JOHNSON\"}");
		String m27 = create(this.account, "{\"given_name\": \"M\", \"reference_id\": \"NYC_27_MURRAY\"}");
		create(this.account, "{\"given_name\": \"L\", \"reference_id\": \"LA_1\"}");
		assertThat(ids(filter("\"reference_id\": {\"fuzzy\": \"NYC M\"}"))).containsExactlyInAnyOrder(m35, m27);
		assertThat(ids(filter("\"reference_id\": {\"exact\": \"nyc_27_murray\"}"))).containsExactly(m27);
		assertThat(ids(filter("\"reference_id\": {\"exact\": \"NYC\"}"))).isEmpty();
	}

	@Test
	void timeRangesIncludeBothEnds() {
		long accountId = this.accountService.findByMerchantId(this.account.merchantId()).orElseThrow().getId();
		Instant t0 = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
		this.clock.moveTo(accountId, t0);
		String first = create(this.account, "{\"given_name\": \"First\"}");
		this.clock.moveTo(accountId, t0.plus(Duration.ofDays(1)));
		String second = create(this.account, "{\"given_name\": \"Second\"}");
		String firstAt = as(this.account).get("/v2/customers/" + first).then().extract().path("customer.created_at");
		String secondAt = as(this.account).get("/v2/customers/" + second).then().extract().path("customer.created_at");
		assertThat(ids(filter("\"created_at\": {\"start_at\": \"" + firstAt + "\", \"end_at\": \"" + secondAt + "\"}")))
			.containsExactly(first, second);
		assertThat(ids(filter("\"created_at\": {\"start_at\": \"" + secondAt + "\"}"))).containsExactly(second);
		assertThat(ids(filter("\"created_at\": {\"end_at\": \"" + firstAt + "\"}"))).containsExactlyInAnyOrder(first,
				this.demo);
		this.clock.moveTo(accountId, t0.plus(Duration.ofDays(2)));
		as(this.account).body("{\"note\": \"n\"}").put("/v2/customers/" + first).then().statusCode(200);
		assertThat(ids(filter("\"updated_at\": {\"start_at\": \"" + t0.plus(Duration.ofDays(2)) + "\"}")))
			.containsExactly(first);
		assertThat(ids(filter("\"updated_at\": {\"start_at\": \"2018-01-01T00:00:00-00:00\", \"end_at\": \"2018-02-01T00:00:00-00:00\"}")))
			.isEmpty();
	}

	@Test
	void groupFiltersAllAnyNone() {
		String g1 = group("G1");
		String g2 = group("G2");
		String both = create(this.account, "{\"given_name\": \"Both\"}");
		String one = create(this.account, "{\"given_name\": \"One\"}");
		String two = create(this.account, "{\"given_name\": \"Two\"}");
		join(both, g1);
		join(both, g2);
		join(one, g1);
		join(two, g2);
		assertThat(ids(filter("\"group_ids\": {\"all\": [\"" + g1 + "\", \"" + g2 + "\"]}"))).containsExactly(both);
		assertThat(ids(filter("\"group_ids\": {\"any\": [\"" + g1 + "\", \"" + g2 + "\"]}")))
			.containsExactly(both, one, two);
		assertThat(ids(filter("\"group_ids\": {\"none\": [\"" + g1 + "\"]}"))).containsExactly(this.demo, two);
		assertThat(ids(filter("\"group_ids\": {\"any\": [\"" + g2 + "\"], \"none\": [\"" + g1 + "\"]}")))
			.containsExactly(two);
		// an unknown group cannot be joined: "all" with it matches nobody
		assertThat(ids(filter("\"group_ids\": {\"all\": [\"" + g1 + "\", \"NOSUCHGROUP\"]}"))).isEmpty();
	}

	@Test
	void creationSourceIncludesOrExcludes() {
		String api = create(this.account, "{\"given_name\": \"Api\"}");
		assertThat(ids(filter("\"creation_source\": {\"values\": [\"THIRD_PARTY\"]}"))).containsExactly(api);
		assertThat(ids(filter("\"creation_source\": {\"values\": [\"THIRD_PARTY\"], \"rule\": \"EXCLUDE\"}")))
			.containsExactly(this.demo);
		assertThat(ids(filter("\"creation_source\": {\"values\": [\"DIRECTORY\", \"THIRD_PARTY\"], \"rule\": \"INCLUDE\"}")))
			.containsExactly(this.demo, api);
	}

	@Test
	void filtersAreAndedTogether() {
		String match = create(this.account,
				"{\"given_name\": \"Match\", \"email_address\": \"match@example.com\", \"reference_id\": \"R-1\"}");
		create(this.account, "{\"given_name\": \"Near\", \"email_address\": \"near@example.com\", \"reference_id\": \"X-1\"}");
		assertThat(ids(filter("\"email_address\": {\"fuzzy\": \"example\"}, \"reference_id\": {\"fuzzy\": \"R\"},"
				+ " \"creation_source\": {\"values\": [\"THIRD_PARTY\"]}"))).containsExactly(match);
	}

	@Test
	void pagesCursorsAndCount() {
		List<String> expected = new ArrayList<>(List.of(this.demo));
		for (int i = 0; i < 7; i++) {
			expected.add(create(this.account, "{\"email_address\": \"p" + i + "@example.com\"}"));
		}
		String query = "\"query\": {\"filter\": {\"email_address\": {\"fuzzy\": \"example\"}},"
				+ " \"sort\": {\"field\": \"CREATED_AT\", \"order\": \"DESC\"}}";
		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Response page = search("{" + query + ", \"limit\": 3, \"count\": true"
					+ (cursor != null ? ", \"cursor\": \"" + cursor + "\"" : "") + "}")
				.then()
				.statusCode(200)
				.body("count", equalTo(8))
				.extract()
				.response();
			seen.addAll(page.jsonPath().getList("customers.id"));
			cursor = page.path("cursor");
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).doesNotHaveDuplicates();
		assertThat(new HashSet<>(seen)).isEqualTo(new HashSet<>(expected));
		String first = search("{" + query + ", \"limit\": 3}").then().extract().path("cursor");
		search("{\"query\": {\"sort\": {\"field\": \"CREATED_AT\", \"order\": \"ASC\"}}, \"cursor\": \"" + first + "\"}")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"))
			.body("errors[0].field", equalTo("cursor"));
		as(this.account).get("/v2/customers?cursor=" + first).then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		search("{\"cursor\": \"not-a-cursor\"}").then().statusCode(400).body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void nothingMatchingIsAnEmptyObject() {
		assertThat(search(filter("\"email_address\": {\"exact\": \"nobody@example.com\"}")).then().statusCode(200)
			.extract().asString()).isEqualTo("{}");
		search("{\"count\": true, " + filter("\"email_address\": {\"exact\": \"nobody@example.com\"}").substring(1))
			.then()
			.statusCode(200)
			.body("count", equalTo(0))
			.body("$", not(hasKey("customers")))
			.body("$", not(hasKey("cursor")));
	}

	@Test
	void unknownFieldsAnywhereAreRefused() {
		search("{\"query\": {\"filter\": {\"given_name\": {\"exact\": \"x\"}}}}").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("query.filter.given_name"));
		search("{\"query\": {\"sort\": {\"field\": \"DEFAULT\", \"direction\": \"ASC\"}}}").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("query.sort.direction"));
		search("{\"page_size\": 2}").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("page_size"));
		search("{\"query\": {\"filter\": {\"email_address\": {\"exact\": \"a\", \"like\": \"b\"}}}}").then().statusCode(400)
			.body("errors[0].field", equalTo("query.filter.email_address.like"));
	}

	@Test
	void badValuesAreReportedTogetherWithTheirPaths() {
		search("""
				{"limit": 0, "query": {
				  "filter": {
				    "created_at": {"start_at": "2018-13-01T00:00:00Z"},
				    "updated_at": {"start_at": "2018-02-01T00:00:00Z", "end_at": "2018-01-01T00:00:00Z"},
				    "email_address": {"exact": "a@example.com", "fuzzy": "a"},
				    "phone_number": {},
				    "reference_id": {"fuzzy": "--"},
				    "creation_source": {"values": ["THIRD_PARTY", "FAX"], "rule": "MAYBE"}
				  },
				  "sort": {"field": "NAME", "order": "SIDEWAYS"}}}""")
			.then()
			.statusCode(400)
			.body("errors", hasSize(10))
			.body("errors.field", containsInAnyOrder("limit", "query.sort.field", "query.sort.order",
					"query.filter.created_at.start_at", "query.filter.updated_at", "query.filter.email_address",
					"query.filter.phone_number", "query.filter.reference_id.fuzzy",
					"query.filter.creation_source.rule", "query.filter.creation_source.values[1]"))
			.body("errors.find { it.field == 'limit' }.code", equalTo("VALUE_TOO_LOW"))
			.body("errors.find { it.field == 'query.sort.field' }.code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors.find { it.field == 'query.filter.created_at.start_at' }.code", equalTo("INVALID_TIME"))
			.body("errors.find { it.field == 'query.filter.updated_at' }.code", equalTo("INVALID_TIME_RANGE"))
			.body("errors.find { it.field == 'query.filter.email_address' }.code", equalTo("INVALID_VALUE"))
			.body("errors.find { it.field == 'query.filter.creation_source.values[1]' }.code",
					equalTo("INVALID_ENUM_VALUE"));
		search("{\"limit\": 101}").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("limit"));
		search("{\"limit\": \"ten\"}").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("limit"));
		search("{\"count\": \"yes\"}").then().statusCode(400).body("errors[0].field", equalTo("count"));
	}

	@Test
	void needsCustomersRead() {
		TestAccount writer = this.accounts.fresh(List.of("CUSTOMERS_WRITE"));
		as(writer).body("{}").post("/v2/customers/search").then().statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
	}

	private String group(String name) {
		return as(this.account).body("{\"group\": {\"name\": \"" + name + "\"}}").post("/v2/customers/groups").then()
			.statusCode(200).extract().path("group.id");
	}

	private void join(String customer, String group) {
		as(this.account).put("/v2/customers/" + customer + "/groups/" + group).then().statusCode(200);
	}

}
