package io.theneo.emulator.customers;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** GET /v2/customers: keyset pages, both orders, every filter, count, and every parameter error. */
class CustomerListApiTest extends ApiTest {

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

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

	private long accountId(TestAccount account) {
		return this.accountService.findByMerchantId(account.merchantId()).orElseThrow().getId();
	}

	private List<String> ids(String query) {
		List<String> ids = as(this.account).urlEncodingEnabled(false).get("/v2/customers" + query).then().statusCode(200)
			.extract().jsonPath().getList("customers.id");
		return ids != null ? ids : List.of();
	}

	/** Every page of a query, following cursors; fails if a page is empty or the walk does not end. */
	static List<Map<String, Object>> walk(TestAccount account, String query) {
		List<Map<String, Object>> all = new ArrayList<>();
		String cursor = null;
		for (int pages = 0; pages < 1000; pages++) {
			String url = "/v2/customers" + query + (cursor != null ? (query.contains("?") ? "&" : "?") + "cursor=" + cursor : "");
			Response page = as(account).urlEncodingEnabled(false).get(url).then().statusCode(200).extract().response();
			List<Map<String, Object>> customers = page.jsonPath().getList("customers");
			assertThat(customers).isNotEmpty();
			all.addAll(customers);
			cursor = page.path("cursor");
			if (cursor == null) {
				return all;
			}
		}
		throw new AssertionError("the pages never end");
	}

	@Test
	void anAccountWithoutCustomersListsAnEmptyObject() {
		as(this.account).delete("/v2/customers/" + this.demo).then().statusCode(200);
		assertThat(as(this.account).get("/v2/customers").then().statusCode(200).extract().asString()).isEqualTo("{}");
		assertThat(as(this.account).get("/v2/customers?count=true").then().statusCode(200).extract().asString())
			.isEqualTo("{\"count\":0}");
	}

	@Test
	void defaultOrderIsGivenAndFamilyNameThenCompanyEmailPhone() {
		String bob = create(this.account, "{\"given_name\": \"Bob\", \"family_name\": \"Zed\"}");
		String alice = create(this.account, "{\"given_name\": \"alice\", \"family_name\": \"Young\"}");
		String acme = create(this.account, "{\"company_name\": \"Acme\", \"email_address\": \"a@example.com\"}");
		String zz = create(this.account, "{\"email_address\": \"zz@example.com\"}");
		String carl = create(this.account, "{\"family_name\": \"Carl\", \"company_name\": \"Zulu\"}");
		List<String> asc = List.of(acme, alice, this.demo, bob, carl, zz);
		assertThat(ids("")).containsExactlyElementsOf(asc);
		assertThat(ids("?sort_field=DEFAULT&sort_order=ASC")).containsExactlyElementsOf(asc);
		assertThat(ids("?sort_order=DESC")).containsExactlyElementsOf(reversed(asc));
	}

	@Test
	void createdAtOrderFollowsCreationTimeThenId() {
		long accountId = accountId(this.account);
		Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS);
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			this.clock.moveTo(accountId, start.plus(Duration.ofMinutes(i)));
			created.add(create(this.account, "{\"given_name\": \"C" + (3 - i) + "\"}"));
		}
		List<String> asc = new ArrayList<>(List.of(this.demo));
		asc.addAll(created);
		assertThat(ids("?sort_field=CREATED_AT")).containsExactlyElementsOf(asc);
		assertThat(ids("?sort_field=CREATED_AT&sort_order=DESC")).containsExactlyElementsOf(reversed(asc));
	}

	@Test
	void pagesVisitEveryCustomerExactlyOnceInEveryOrder() {
		Set<String> expected = new HashSet<>(List.of(this.demo));
		for (int i = 0; i < 25; i++) {
			// names repeat so that the sort key ties and the id decides
			expected.add(create(this.account, "{\"given_name\": \"Same" + (i % 3) + "\", \"family_name\": \"Name\"}"));
		}
		for (String query : List.of("?limit=7", "?limit=7&sort_order=DESC", "?limit=7&sort_field=CREATED_AT",
				"?limit=7&sort_field=CREATED_AT&sort_order=DESC", "?limit=25", "?limit=1&given_name=Same1")) {
			List<Map<String, Object>> all = walk(this.account, query);
			List<String> seen = all.stream().map((c) -> (String) c.get("id")).toList();
			assertThat(seen).doesNotHaveDuplicates();
			if (query.contains("given_name")) {
				assertThat(seen).hasSize(8);
			}
			else {
				assertThat(new HashSet<>(seen)).isEqualTo(expected);
			}
		}
		Response first = as(this.account).get("/v2/customers?limit=25").then().extract().response();
		assertThat((List<?>) first.path("customers")).hasSize(25);
		assertThat((String) first.path("cursor")).isNotNull();
		Response last = as(this.account).get("/v2/customers?limit=25&cursor=" + first.path("cursor")).then()
			.statusCode(200).extract().response();
		assertThat((List<?>) last.path("customers")).hasSize(1);
		assertThat((String) last.path("cursor")).isNull();
	}

	@Test
	void limitMustBeBetweenOneAndAHundred() {
		as(this.account).get("/v2/customers?limit=0").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"))
			.body("errors[0].field", equalTo("limit"));
		as(this.account).get("/v2/customers?limit=101").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("limit"));
		as(this.account).get("/v2/customers?limit=ten").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("limit"));
		as(this.account).get("/v2/customers?limit=1").then().statusCode(200).body("customers", hasSize(1));
		as(this.account).get("/v2/customers?limit=100").then().statusCode(200);
	}

	@Test
	void sortParametersAreEnums() {
		as(this.account).get("/v2/customers?sort_field=NAME&sort_order=UP").then().statusCode(400)
			.body("errors", hasSize(2))
			.body("errors.code", contains("INVALID_ENUM_VALUE", "INVALID_ENUM_VALUE"))
			.body("errors.field", contains("sort_field", "sort_order"));
		as(this.account).get("/v2/customers?count=maybe").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("count"));
	}

	@Test
	void aTamperedCursorIsRefused() {
		for (int i = 0; i < 3; i++) {
			create(this.account, "{\"given_name\": \"T" + i + "\"}");
		}
		String cursor = as(this.account).get("/v2/customers?limit=2").then().extract().path("cursor");
		String tampered = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);
		for (String bad : List.of(tampered, "garbage", cursor + "x", cursor.substring(0, cursor.indexOf('.')))) {
			as(this.account).get("/v2/customers?limit=2&cursor=" + bad).then().statusCode(400)
				.body("errors[0].code", equalTo("INVALID_CURSOR"))
				.body("errors[0].field", equalTo("cursor"));
		}
		// the limit is not part of the query: another page size continues it
		as(this.account).get("/v2/customers?limit=50&cursor=" + cursor).then().statusCode(200)
			.body("customers", hasSize(2));
	}

	@Test
	void aCursorOnlyContinuesTheQueryAndAccountThatMadeIt() {
		for (int i = 0; i < 3; i++) {
			create(this.account, "{\"given_name\": \"Q" + i + "\"}");
		}
		String cursor = as(this.account).get("/v2/customers?limit=1&given_name=Q*").then().extract().path("cursor");
		as(this.account).get("/v2/customers?limit=1&given_name=Q*&cursor=" + cursor).then().statusCode(200);
		for (String other : List.of("?given_name=Q1", "?given_name=Q*&sort_order=DESC",
				"?given_name=Q*&sort_field=CREATED_AT", "")) {
			as(this.account).get("/v2/customers" + other + (other.isEmpty() ? "?" : "&") + "cursor=" + cursor)
				.then()
				.statusCode(400)
				.body("errors[0].code", equalTo("INVALID_CURSOR"));
		}
		as(this.account).contentType("application/json").body("{\"cursor\": \"" + cursor + "\"}")
			.post("/v2/customers/search").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(freshAccount()).get("/v2/customers?limit=1&given_name=Q*&cursor=" + cursor).then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
	}

	@Test
	void textFiltersAreExactCaseInsensitiveWithWildcards() {
		String alice = create(this.account, """
				{"given_name": "Alice", "family_name": "Smith", "email_address": "alice@example.org",
				 "company_name": "Wonder Land", "reference_id": "Ref-6a", "phone_number": "(206) 555-0100"}""");
		String alicia = create(this.account, """
				{"given_name": "Alicia", "family_name": "Smithers", "email_address": "alicia@example.com",
				 "reference_id": "NC-3", "phone_number": "+44 20 7946 0958"}""");
		String literal = create(this.account, "{\"given_name\": \"100%_real\", \"reference_id\": \"xref-61\"}");
		assertThat(ids("?given_name=alice")).containsExactly(alice);
		assertThat(ids("?given_name=ALI*")).containsExactlyInAnyOrder(alice, alicia);
		assertThat(ids("?given_name=*ic*&family_name=smith")).containsExactly(alice);
		assertThat(ids("?family_name=Smith*")).containsExactlyInAnyOrder(alice, alicia);
		assertThat(ids("?company_name=wonder%20land")).containsExactly(alice);
		assertThat(ids("?email_address=*@example.org")).containsExactly(alice);
		assertThat(ids("?reference_id=*ef-6*")).containsExactlyInAnyOrder(alice, literal);
		assertThat(ids("?reference_id=nc-3")).containsExactly(alicia);
		assertThat(ids("?phone_number=%2B12065550100")).containsExactly(alice);
		assertThat(ids("?phone_number=206-555-0100")).containsExactly(alice);
		assertThat(ids("?phone_number=*7946*")).containsExactly(alicia);
		assertThat(ids("?phone_number=nonsense")).isEmpty();
		// % and _ are no wildcards here: only * is
		assertThat(ids("?given_name=100%25_real")).containsExactly(literal);
		assertThat(ids("?given_name=100__real")).isEmpty();
		assertThat(ids("?given_name=Nobody")).isEmpty();
		as(this.account).get("/v2/customers?given_name=Nobody&count=true").then().statusCode(200)
			.body("count", equalTo(0))
			.body("$", not(hasKey("customers")));
	}

	@Test
	void countIsTheTotalOfMatchesNotOfThePage() {
		for (int i = 0; i < 5; i++) {
			create(this.account, "{\"given_name\": \"Counted\", \"note\": \"" + i + "\"}");
		}
		as(this.account).get("/v2/customers?given_name=Counted&limit=2&count=true")
			.then()
			.statusCode(200)
			.body("customers", hasSize(2))
			.body("count", equalTo(5));
		as(this.account).get("/v2/customers?count=true").then().body("count", equalTo(6));
		as(this.account).get("/v2/customers").then().body("$", not(hasKey("count")));
	}

	@Test
	void groupIdFiltersMembers() {
		String in = create(this.account, "{\"given_name\": \"In\"}");
		create(this.account, "{\"given_name\": \"Out\"}");
		String group = as(this.account).body("{\"group\": {\"name\": \"G\"}}").post("/v2/customers/groups").then()
			.extract().path("group.id");
		as(this.account).put("/v2/customers/" + in + "/groups/" + group).then().statusCode(200);
		assertThat(ids("?group_id=" + group)).containsExactly(in);
		assertThat(ids("?group_id=UNKNOWNGROUP")).isEmpty();
	}

	@Test
	void timeFiltersBoundCreationAndUpdateTimes() {
		long accountId = accountId(this.account);
		Instant t0 = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
		this.clock.moveTo(accountId, t0);
		String first = create(this.account, "{\"given_name\": \"First\"}");
		this.clock.moveTo(accountId, t0.plus(Duration.ofDays(1)));
		String second = create(this.account, "{\"given_name\": \"Second\"}");
		this.clock.moveTo(accountId, t0.plus(Duration.ofDays(2)));
		as(this.account).body("{\"note\": \"touched\"}").put("/v2/customers/" + first).then().statusCode(200);
		String firstCreated = as(this.account).get("/v2/customers/" + first).then().extract().path("customer.created_at");
		Instant day1 = t0.plus(Duration.ofHours(12));
		assertThat(ids("?created_at_gt=" + day1)).containsExactly(second);
		assertThat(ids("?created_at_gte=" + t0)).containsExactlyInAnyOrder(first, second);
		assertThat(ids("?created_at_gt=" + firstCreated)).containsExactly(second);
		assertThat(ids("?created_at_lt=" + day1 + "&created_at_gte=" + t0)).containsExactly(first);
		assertThat(ids("?created_at_lte=" + firstCreated + "&created_at_gte=" + firstCreated)).containsExactly(first);
		assertThat(ids("?updated_at_gte=" + t0.plus(Duration.ofDays(2)))).containsExactly(first);
		assertThat(ids("?updated_at_lt=" + t0.plus(Duration.ofDays(2)) + "&updated_at_gt=" + day1))
			.containsExactly(second);
		// offsets other than Z, and a + that arrived as a space because the client did not encode it
		String plusTwo = day1.atOffset(java.time.ZoneOffset.ofHours(2)).toString();
		assertThat(plusTwo).contains("+02:00");
		assertThat(ids("?created_at_gt=" + plusTwo.replace("+", "%2B"))).containsExactly(second);
		assertThat(ids("?created_at_gt=" + plusTwo.replace("+", "%20"))).containsExactly(second);
		assertThat(ids("?created_at_gt=2015-12-17T23:00:00Z")).hasSize(3);
	}

	@Test
	void badTimesAndEmptyRangesAreRefused() {
		as(this.account).get("/v2/customers?created_at_gt=2016-08-1Z&updated_at_lte=yesterday")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors.code", contains("INVALID_TIME", "INVALID_TIME"))
			.body("errors.field", contains("created_at_gt", "updated_at_lte"))
			.body("errors[0].detail", containsString("2016-08-1Z"));
		as(this.account).get("/v2/customers?created_at_gt=2016-08-01").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME"));
		as(this.account).get("/v2/customers?created_at_gt=2020-02-01T00:00:00Z&created_at_lt=2020-01-01T00:00:00Z")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME_RANGE"))
			.body("errors[0].field", equalTo("created_at_gt"));
		as(this.account).get("/v2/customers?updated_at_gte=2020-01-01T00:00:00Z&updated_at_lt=2020-01-01T00:00:00Z")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_TIME_RANGE"))
			.body("errors[0].field", equalTo("updated_at_gte"));
		as(this.account).get("/v2/customers?created_at_gte=2020-01-01T00:00:00Z&created_at_lte=2020-01-01T00:00:00Z")
			.then()
			.statusCode(200);
	}

	@Test
	void unknownQueryParametersAreAllNamed() {
		as(this.account).get("/v2/customers?first_name=Alice&dateCreated_gta=2016-01-01&limit=2")
			.then()
			.statusCode(400)
			.body("errors", hasSize(2))
			.body("errors.code", contains("UNKNOWN_QUERY_PARAMETER", "UNKNOWN_QUERY_PARAMETER"))
			.body("errors.field", containsInAnyOrder("first_name", "dateCreated_gta"))
			.body("errors[0].detail", containsString("first_name"))
			.body("errors[0].detail", containsString("dateCreated_gta"));
	}

	@Test
	void anotherAccountSeesNoneOfTheseCustomers() {
		create(this.account, "{\"given_name\": \"Private\", \"email_address\": \"private@example.com\"}");
		TestAccount other = freshAccount();
		List<String> theirs = as(other).get("/v2/customers?count=true").then().statusCode(200)
			.body("count", equalTo(1))
			.extract()
			.jsonPath()
			.getList("customers.id");
		assertThat(theirs).containsExactly(other.fixture("customer_ids", 0));
		as(other).get("/v2/customers?given_name=Private").then().statusCode(200).body("$", not(hasKey("customers")));
		as(other).body("{\"query\": {\"filter\": {\"email_address\": {\"exact\": \"private@example.com\"}}}}")
			.post("/v2/customers/search")
			.then()
			.statusCode(200)
			.body("$", not(hasKey("customers")));
	}

	@Test
	void listedCustomersCarryTheirWholeProfile() {
		String id = create(this.account, """
				{"given_name": "Whole", "address": {"locality": "Paris", "country": "FR"}, "birthday": "05-06"}""");
		List<Map<String, Object>> all = walk(this.account, "?given_name=Whole");
		assertThat(all).hasSize(1);
		assertThat(all.get(0)).containsEntry("id", id).containsEntry("birthday", "0000-05-06")
			.containsEntry("version", 0).containsEntry("creation_source", "THIRD_PARTY");
		assertThat(all.get(0).get("address")).isEqualTo(Map.of("locality", "Paris", "country", "FR"));
		assertThat(all.stream().map((c) -> (String) c.get("created_at")).sorted(Comparator.naturalOrder()).toList())
			.hasSize(1);
	}

}
