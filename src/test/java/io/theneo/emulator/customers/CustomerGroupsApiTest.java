package io.theneo.emulator.customers;

import java.util.ArrayList;
import java.util.List;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static io.theneo.emulator.customers.CustomersApiTest.TIMESTAMP;
import static io.theneo.emulator.customers.CustomersApiTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

/** Customer groups and membership, which customers show as group_ids and search filters on. */
class CustomerGroupsApiTest extends ApiTest {

	private TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	private String group(String name) {
		return as(this.account).body("{\"group\": {\"name\": \"" + name + "\"}}").post("/v2/customers/groups").then()
			.statusCode(200).extract().path("group.id");
	}

	@Test
	void createsRetrievesRenamesAndDeletesAGroup() {
		String id = as(this.account).body("{\"group\": {\"name\": \"Loyal Customers\"}, \"idempotency_key\": \"g-1\"}")
			.post("/v2/customers/groups")
			.then()
			.statusCode(200)
			.body("group.id", matchesPattern("[A-Z0-9]{26}"))
			.body("group.name", equalTo("Loyal Customers"))
			.body("group.created_at", matchesPattern(TIMESTAMP))
			.body("group.updated_at", matchesPattern(TIMESTAMP))
			.extract()
			.path("group.id");
		as(this.account).get("/v2/customers/groups/" + id).then().statusCode(200).body("group.name",
				equalTo("Loyal Customers"));
		as(this.account).body("{\"group\": {\"name\": \"Super Loyal Customers\"}}")
			.put("/v2/customers/groups/" + id)
			.then()
			.statusCode(200)
			.body("group.name", equalTo("Super Loyal Customers"));
		as(this.account).body("{\"group\": {\"id\": \"" + id + "\", \"name\": \"Same Id\"}}")
			.put("/v2/customers/groups/" + id)
			.then()
			.statusCode(200);
		assertThat(as(this.account).delete("/v2/customers/groups/" + id).then().statusCode(200).extract().asString())
			.isEqualTo("{}");
		as(this.account).get("/v2/customers/groups/" + id).then().statusCode(404)
			.body("errors[0].detail", equalTo("Customer group with ID `" + id + "` not found."));
	}

	@Test
	void groupBodiesAreChecked() {
		as(this.account).body("{\"idempotency_key\": \"x\"}").post("/v2/customers/groups").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("group"));
		as(this.account).body("{\"group\": {\"name\": \"  \"}}").post("/v2/customers/groups").then().statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("group.name"));
		as(this.account).body("{\"group\": {\"name\": \"" + "n".repeat(256) + "\"}}").post("/v2/customers/groups")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("group.name"));
		as(this.account).body("{\"group\": {\"name\": \"G\", \"id\": \"MINE\", \"created_at\": \"2020-01-01T00:00:00Z\"}}")
			.post("/v2/customers/groups")
			.then()
			.statusCode(400)
			.body("errors.field", org.hamcrest.Matchers.contains("group.id", "group.created_at"))
			.body("errors[0].detail", equalTo("Read-only field is calculated and cannot be set by a client."));
		as(this.account).body("{\"group\": {\"name\": \"G\", \"colour\": \"red\"}}").post("/v2/customers/groups")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("group.colour"));
		String id = group("Keep");
		as(this.account).body("{\"group\": {\"id\": \"OTHER\", \"name\": \"X\"}}").put("/v2/customers/groups/" + id)
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("group.id"));
	}

	@Test
	void listsGroupsOldestFirstInPages() {
		assertThat(as(this.account).get("/v2/customers/groups").then().statusCode(200).extract().asString())
			.isEqualTo("{}");
		List<String> created = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(group("Group " + i));
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			Response page = as(this.account).get("/v2/customers/groups?limit=2" + (cursor != null ? "&cursor=" + cursor : ""))
				.then()
				.statusCode(200)
				.extract()
				.response();
			seen.addAll(page.jsonPath().getList("groups.id"));
			cursor = page.path("cursor");
		}
		while (cursor != null);
		assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
		as(this.account).get("/v2/customers/groups?limit=0").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LOW"));
		as(this.account).get("/v2/customers/groups?limit=101").then().statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"));
		as(this.account).get("/v2/customers/groups?cursor=forged").then().statusCode(400)
			.body("errors[0].code", equalTo("INVALID_CURSOR"));
		as(this.account).get("/v2/customers/groups?sort=name").then().statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_QUERY_PARAMETER"));
		as(freshAccount()).get("/v2/customers/groups").then().statusCode(200).body("$", not(hasKey("groups")));
	}

	@Test
	void addingAndRemovingMembersShowsInGroupIdsAndBumpsTheVersion() {
		String customer = create(this.account, "{\"given_name\": \"Member\"}");
		String vip = group("VIP");
		String regular = group("Regular");
		as(this.account).put("/v2/customers/" + customer + "/groups/" + vip).then().statusCode(200);
		as(this.account).put("/v2/customers/" + customer + "/groups/" + regular).then().statusCode(200);
		// adding again changes nothing
		assertThat(as(this.account).put("/v2/customers/" + customer + "/groups/" + vip).then().statusCode(200).extract()
			.asString()).isEqualTo("{}");
		List<String> groupIds = as(this.account).get("/v2/customers/" + customer).then()
			.body("customer.version", equalTo(2))
			.extract()
			.jsonPath()
			.getList("customer.group_ids");
		assertThat(groupIds).containsExactlyInAnyOrder(vip, regular);
		as(this.account).delete("/v2/customers/" + customer + "/groups/" + vip).then().statusCode(200);
		as(this.account).get("/v2/customers/" + customer).then()
			.body("customer.group_ids", equalTo(List.of(regular)))
			.body("customer.version", equalTo(3));
		as(this.account).delete("/v2/customers/" + customer + "/groups/" + vip).then().statusCode(200);
		// deleting a group takes it off its members
		as(this.account).delete("/v2/customers/groups/" + regular).then().statusCode(200);
		as(this.account).get("/v2/customers/" + customer).then().body("customer", not(hasKey("group_ids")));
	}

	@Test
	void pagesOfListAndSearchShowEachCustomersOwnGroupIds() {
		String both = create(this.account, "{\"given_name\": \"Paged\", \"family_name\": \"Both\"}");
		String one = create(this.account, "{\"given_name\": \"Paged\", \"family_name\": \"One\"}");
		String none = create(this.account, "{\"given_name\": \"Paged\", \"family_name\": \"None\"}");
		String a = group("A");
		String b = group("B");
		as(this.account).put("/v2/customers/" + both + "/groups/" + a).then().statusCode(200);
		as(this.account).put("/v2/customers/" + both + "/groups/" + b).then().statusCode(200);
		as(this.account).put("/v2/customers/" + one + "/groups/" + b).then().statusCode(200);
		List<String> sorted = new ArrayList<>(List.of(a, b));
		sorted.sort(null);
		Response list = as(this.account).get("/v2/customers?limit=100");
		Response search = as(this.account)
			.body("{\"query\": {\"filter\": {\"created_at\": {\"start_at\": \"2000-01-01T00:00:00Z\"}}}}")
			.post("/v2/customers/search");
		for (Response page : List.of(list, search)) {
			assertThat(page.statusCode()).as(page.asString()).isEqualTo(200);
			assertThat(page.jsonPath().getList("customers.find { it.id == '" + both + "' }.group_ids"))
				.isEqualTo(sorted);
			assertThat(page.jsonPath().getList("customers.find { it.id == '" + one + "' }.group_ids"))
				.isEqualTo(List.of(b));
			assertThat(page.jsonPath().getMap("customers.find { it.id == '" + none + "' }")).doesNotContainKey("group_ids");
		}
	}

	@Test
	void unknownOrForeignCustomersAndGroupsAreNotFound() {
		String customer = create(this.account, "{\"given_name\": \"C\"}");
		String group = group("G");
		as(this.account).put("/v2/customers/NOSUCHCUSTOMER/groups/" + group).then().statusCode(404)
			.body("errors[0].detail", equalTo("Customer with ID `NOSUCHCUSTOMER` not found."));
		as(this.account).put("/v2/customers/" + customer + "/groups/NOSUCHGROUP").then().statusCode(404)
			.body("errors[0].detail", equalTo("Customer group with ID `NOSUCHGROUP` not found."));
		as(this.account).delete("/v2/customers/" + customer + "/groups/NOSUCHGROUP").then().statusCode(404);
		TestAccount other = freshAccount();
		as(other).get("/v2/customers/groups/" + group).then().statusCode(404);
		as(other).body("{\"group\": {\"name\": \"Mine\"}}").put("/v2/customers/groups/" + group).then().statusCode(404);
		as(other).delete("/v2/customers/groups/" + group).then().statusCode(404);
		as(other).put("/v2/customers/" + customer + "/groups/" + group).then().statusCode(404);
		String theirs = other.fixture("customer_ids", 0);
		as(this.account).put("/v2/customers/" + theirs + "/groups/" + group).then().statusCode(404);
	}

	@Test
	void groupsNeedTheCustomerScopes() {
		TestAccount reader = this.accounts.fresh(List.of("CUSTOMERS_READ"));
		as(reader).body("{\"group\": {\"name\": \"G\"}}").post("/v2/customers/groups").then().statusCode(403);
		as(reader).get("/v2/customers/groups").then().statusCode(200);
		as(reader).put("/v2/customers/" + reader.fixture("customer_ids", 0) + "/groups/X").then().statusCode(403);
	}

}
