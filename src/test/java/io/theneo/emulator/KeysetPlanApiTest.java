package io.theneo.emulator;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.H2Plans;
import io.theneo.emulator.support.SqlRecorder;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every keyset page, first page and cursor page, is read from an index in the page's order, on H2: the plan of the
 * statement Hibernate sent names a sorted index, not the foreign-key index on {@code account_id} (with which H2 sorted
 * every row of the account for each page and a customer list got slower with every customer, issue 9's soak). The
 * statements are recorded through the API and explained on a private schema (see {@link H2Plans}). PostgreSQL plans by statistics and has no such index; the test runs on H2 only.
 */
class KeysetPlanApiTest extends ApiTest {

	private static final String LOCATION = "057P5VYJ4A5X1";

	private static final Pattern TABLE = Pattern.compile("\\bfrom (\\w+) ");

	@Autowired
	private DataSource dataSource;

	private TestAccount account;

	@BeforeEach
	void onH2() {
		assumeTrue(H2Plans.isH2(this.dataSource), "H2's planner only");
		this.account = freshAccount();
	}

	@Test
	void customerPagesInEveryOrder() {
		for (String name : List.of("Ada", "Grace")) {
			as(this.account).body(Map.of("given_name", name)).post("/v2/customers").then().statusCode(200);
		}
		for (String sort : List.of("", "&sort_order=DESC", "&sort_field=CREATED_AT",
				"&sort_field=CREATED_AT&sort_order=DESC")) {
			String[] cursor = new String[1];
			String first = pageQuery("customer", () -> cursor[0] = as(this.account)
				.get("/v2/customers?limit=1" + sort)
				.then()
				.statusCode(200)
				.extract()
				.path("cursor"));
			assertSortedIndex(first, "ix_customer_");
			assertThat(cursor[0]).as("more than one page").isNotNull();
			String next = pageQuery("customer", () -> as(this.account)
				.get("/v2/customers?limit=1" + sort + "&cursor=" + cursor[0])
				.then()
				.statusCode(200));
			assertSortedIndex(next, "ix_customer_");
		}
		String search = pageQuery("customer", () -> as(this.account).body(Map.of("limit", 1))
			.post("/v2/customers/search")
			.then()
			.statusCode(200));
		assertSortedIndex(search, "ix_customer_sort");
	}

	@Test
	void orderSearchInEverySortField() {
		for (String field : List.of("CREATED_AT", "UPDATED_AT", "CLOSED_AT")) {
			Map<String, Object> body = Map.of("location_ids", List.of(this.account.id(LOCATION)), "query",
					Map.of("sort", Map.of("sort_field", field, "sort_order", "DESC")));
			String sql = pageQuery("orders", () -> as(this.account).body(body)
				.post("/v2/orders/search")
				.then()
				.statusCode(200));
			assertSortedIndex(sql, "ix_orders_" + field.substring(0, field.indexOf('_')).toLowerCase());
		}
	}

	@Test
	void groupsCardsAndSubscriptions() {
		assertSortedIndex(pageQuery("customer_group",
				() -> as(this.account).get("/v2/customers/groups").then().statusCode(200)),
				"ix_customer_group_account");
		assertSortedIndex(pageQuery("card", () -> as(this.account).get("/v2/cards").then().statusCode(200)),
				"ix_card_account_created");
		assertSortedIndex(pageQuery("subscription",
				() -> as(this.account).body(Map.of()).post("/v2/subscriptions/search").then().statusCode(200)),
				"ix_subscription_created");
		assertSortedIndex(pageQuery("catalog_object",
				() -> as(this.account).get("/v2/catalog/list").then().statusCode(200)), "ix_catalog_object_account");
	}

	/** The one paged SELECT of {@code table} that {@code call} made (its ORDER BY, account first, marks it). */
	private String pageQuery(String table, Runnable call) {
		Pattern from = Pattern.compile("\\bfrom " + table + " (\\w+) where .* order by \\1\\.account_id",
				Pattern.CASE_INSENSITIVE);
		List<String> pages = SqlRecorder.during(call).stream().filter((sql) -> from.matcher(sql).find()).toList();
		assertThat(pages).as("paged selects of " + table).hasSize(1);
		return pages.get(0);
	}

	/** The plan names the index and needs no sort, both before statistics and with one account holding most rows. */
	private static void assertSortedIndex(String sql, String indexPrefix) {
		String table = TABLE.matcher(sql).results().findFirst().orElseThrow().group(1);
		try (H2Plans fresh = H2Plans.fresh(); H2Plans skewed = H2Plans.oneLargeAccount(table)) {
			for (H2Plans plans : List.of(fresh, skewed)) {
				assertThat(plans.explain(sql)).as(sql)
					.contains("/* public." + indexPrefix)
					.contains("/* index sorted */");
			}
		}
	}

}
