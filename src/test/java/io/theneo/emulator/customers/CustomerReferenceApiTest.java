package io.theneo.emulator.customers;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts.TestAccount;

import static io.theneo.emulator.customers.CustomersApiTest.create;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/** CRM sync by external id (003): look-up and upsert by reference_id, unique per account. */
class CustomerReferenceApiTest extends ApiTest {

	private TestAccount account;

	@BeforeEach
	void account() {
		this.account = freshAccount();
	}

	@Test
	void looksACustomerUpByItsReferenceId() {
		String id = create(this.account, "{\"company_name\": \"Marie's Jewelry\", \"reference_id\": \"NC-3\"}");
		as(this.account).get("/v2/customers/reference/NC-3")
			.then()
			.statusCode(200)
			.body("customer.id", equalTo(id))
			.body("customer.reference_id", equalTo("NC-3"));
		as(this.account).get("/v2/customers/reference/nc-3")
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Customer with reference ID `nc-3` not found."));
		as(freshAccount()).get("/v2/customers/reference/NC-3").then().statusCode(404);
	}

	@Test
	void upsertCreatesWith201ThenUpdatesSparselyWith200() {
		String id = as(this.account).body("""
				{"idempotency_key": "7d943c51-e4ff-4e57-9558-08cab6b963c7", "company_name": "Marie's Jewelry",
				 "email_address": "contact@maries-jewelry.example", "address": {"locality": "Nice", "country": "FR"}}""")
			.put("/v2/customers/reference/NC-3")
			.then()
			.statusCode(201)
			.body("customer.reference_id", equalTo("NC-3"))
			.body("customer.company_name", equalTo("Marie's Jewelry"))
			.body("customer.creation_source", equalTo("THIRD_PARTY"))
			.body("customer.version", equalTo(0))
			.extract()
			.path("customer.id");
		as(this.account).body("{\"note\": \"synced\", \"address\": {\"postal_code\": \"06000\"}, \"email_address\": \"\"}")
			.put("/v2/customers/reference/NC-3")
			.then()
			.statusCode(200)
			.body("customer.id", equalTo(id))
			.body("customer.note", equalTo("synced"))
			.body("customer.company_name", equalTo("Marie's Jewelry"))
			.body("customer.address.locality", equalTo("Nice"))
			.body("customer.address.postal_code", equalTo("06000"))
			.body("customer", not(hasKey("email_address")))
			.body("customer.version", equalTo(1));
		as(this.account).body("{\"note\": \"stale\", \"version\": 0}")
			.put("/v2/customers/reference/NC-3")
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"));
		as(this.account).body("{\"reference_id\": \"NC-3\", \"note\": \"same ref\", \"version\": 1}")
			.put("/v2/customers/reference/NC-3")
			.then()
			.statusCode(200)
			.body("customer.version", equalTo(2));
		as(this.account).get("/v2/customers/reference/NC-3").then().body("customer.note", equalTo("same ref"));
	}

	@Test
	void upsertCreatingFollowsTheCreateRules() {
		as(this.account).body("{\"note\": \"nobody\"}")
			.put("/v2/customers/reference/CRM-1")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"));
		as(this.account).body("{\"given_name\": \"V\", \"version\": 0}")
			.put("/v2/customers/reference/CRM-1")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("version"));
		as(this.account).body("{\"given_name\": \"V\", \"email_address\": \"nope\", \"shoe_size\": 44}")
			.put("/v2/customers/reference/CRM-1")
			.then()
			.statusCode(400)
			.body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("email_address", "shoe_size"));
		as(this.account).get("/v2/customers/reference/CRM-1").then().statusCode(404);
	}

	@Test
	void aReferenceIdInTheBodyMustEqualThePath() {
		as(this.account).body("{\"given_name\": \"R\", \"reference_id\": \"OTHER\"}")
			.put("/v2/customers/reference/CRM-2")
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("reference_id"));
		as(this.account).body("{\"given_name\": \"R\", \"reference_id\": \"CRM-2\"}")
			.put("/v2/customers/reference/CRM-2")
			.then()
			.statusCode(201);
		as(this.account).body("{\"reference_id\": \"\"}")
			.put("/v2/customers/reference/CRM-2")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("reference_id"));
	}

	@Test
	void referenceIdsAreUniquePerAccount() {
		String first = create(this.account, "{\"given_name\": \"First\", \"reference_id\": \"DUP\"}");
		as(this.account).body("{\"given_name\": \"Second\", \"reference_id\": \"DUP\"}")
			.post("/v2/customers")
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("CONFLICT"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].field", equalTo("reference_id"));
		String second = create(this.account, "{\"given_name\": \"Second\", \"reference_id\": \"OTHER\"}");
		as(this.account).body("{\"reference_id\": \"DUP\"}")
			.put("/v2/customers/" + second)
			.then()
			.statusCode(409)
			.body("errors[0].code", equalTo("CONFLICT"));
		as(this.account).get("/v2/customers/" + second).then().body("customer.reference_id", equalTo("OTHER"));
		// keeping one's own reference is no clash, and customers without one are many
		as(this.account).body("{\"reference_id\": \"DUP\", \"note\": \"mine\"}").put("/v2/customers/" + first).then()
			.statusCode(200);
		create(this.account, "{\"given_name\": \"NoRef1\"}");
		create(this.account, "{\"given_name\": \"NoRef2\"}");
		// another account may use the same reference id
		create(freshAccount(), "{\"given_name\": \"Elsewhere\", \"reference_id\": \"DUP\"}");
		// freed by a removal, it can be used again
		as(this.account).body("{\"reference_id\": null}").put("/v2/customers/" + first).then().statusCode(200);
		as(this.account).body("{\"reference_id\": \"DUP\"}").put("/v2/customers/" + second).then().statusCode(200);
	}

	@Test
	void badPathReferencesAreRefused() {
		as(this.account).get("/v2/customers/reference/" + "r".repeat(101))
			.then()
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_LONG"))
			.body("errors[0].field", equalTo("reference_id"));
		as(this.account).urlEncodingEnabled(false).body("{\"given_name\": \"x\"}").put("/v2/customers/reference/%20x")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("reference_id"));
	}

}
