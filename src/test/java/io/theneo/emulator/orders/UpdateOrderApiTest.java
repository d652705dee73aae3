package io.theneo.emulator.orders;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

class UpdateOrderApiTest extends OrdersTestSupport {

	private static TestAccount account;

	private String location;

	@BeforeEach
	void account() {
		if (account == null) {
			account = freshAccount();
		}
		this.location = account.id(CREATE_LOCATION);
	}

	/** Two lines (one with a note and a modifier), an ORDER discount, a LINE_ITEM discount on line b, an ORDER tax. */
	private String richOrder() {
		return createId(account, """
				{"order": {"location_id": "%s", "reference_id": "ref-1", "source": {"name": "POS"},
				  "line_items": [
				    {"uid": "a", "name": "A", "quantity": "1", "note": "no ice",
				     "base_price_money": {"amount": 1000, "currency": "USD"},
				     "modifiers": [{"uid": "m", "name": "Extra", "base_price_money": {"amount": 100, "currency": "USD"}}]},
				    {"uid": "b", "name": "B", "quantity": "2", "base_price_money": {"amount": 500, "currency": "USD"},
				     "applied_discounts": [{"uid": "b-off", "discount_uid": "off"}]}],
				  "discounts": [{"uid": "ten", "name": "10%%", "percentage": "10", "scope": "ORDER"},
				                {"uid": "off", "name": "1 off", "amount_money": {"amount": 100, "currency": "USD"},
				                 "scope": "LINE_ITEM"}],
				  "taxes": [{"uid": "vat", "name": "VAT", "percentage": "5", "scope": "ORDER"}]}}""".formatted(this.location));
	}

	@Test
	void newUidsAddLinesAndKnownUidsChangeOnlyTheGivenFields() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1, "line_items": [
				  {"uid": "b", "quantity": "3"},
				  {"uid": "c", "name": "C", "quantity": "1", "base_price_money": {"amount": 200, "currency": "USD"}}]}}""")
			.statusCode(200)
			.body("order.version", equalTo(2))
			.body("order.line_items.uid", contains("a", "b", "c"))
			.body("order.line_items[0].note", equalTo("no ice"))
			.body("order.line_items[1].name", equalTo("B"))
			.body("order.line_items[1].quantity", equalTo("3"))
			.body("order.line_items[1].gross_sales_money.amount", equalTo(1500))
			.body("order.line_items[1].applied_discounts.uid", org.hamcrest.Matchers.hasItem("b-off"))
			.body("order.line_items[2].applied_discounts[0].discount_uid", equalTo("ten"))
			.body("order.line_items[2].applied_taxes[0].tax_uid", equalTo("vat"))
			.body("order.reference_id", equalTo("ref-1"))
			.body("order.source.name", equalTo("POS"));
	}

	@Test
	void orderLevelReferencesKeepTheirUidsAcrossUpdates() {
		String id = richOrder();
		String before = retrieve(account, id).extract().path("order.line_items[0].applied_discounts[0].uid");
		update(account, id, "{\"order\": {\"version\": 1, \"line_items\": [{\"uid\": \"a\", \"quantity\": \"2\"}]}}")
			.statusCode(200)
			.body("order.line_items[0].applied_discounts[0].uid", equalTo(before));
	}

	@Test
	void changesOrderFieldsAndMergesEntriesByUid() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1, "reference_id": "ref-2", "source": {"name": "Web"},
				  "discounts": [{"uid": "ten", "percentage": "20"}],
				  "taxes": [{"uid": "gst", "name": "GST", "percentage": "1"}]}}""")
			.statusCode(200)
			.body("order.reference_id", equalTo("ref-2"))
			.body("order.source.name", equalTo("Web"))
			.body("order.discounts.find { it.uid == 'ten' }.percentage", equalTo("20"))
			.body("order.discounts.find { it.uid == 'ten' }.name", equalTo("10%"))
			.body("order.taxes.uid", contains("vat", "gst"))
			.body("order.line_items[0].applied_taxes.tax_uid", contains("vat", "gst"));
	}

	@Test
	void clearsEveryDocumentedPath() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1}, "fields_to_clear": ["line_items[a].note", "line_items[a].modifiers[m]",
				 "reference_id", "source"]}""")
			.statusCode(200)
			.body("order.line_items[0]", not(hasKey("note")))
			.body("order.line_items[0]", not(hasKey("modifiers")))
			.body("order.line_items[0].gross_sales_money.amount", equalTo(1000))
			.body("order", not(hasKey("reference_id")))
			.body("order", not(hasKey("source")));
		update(account, id, """
				{"order": {"version": 2}, "fields_to_clear": ["line_items[b].applied_discounts[b-off]"]}""")
			.statusCode(200)
			.body("order.line_items[1].applied_discounts.discount_uid", contains("ten"))
			.body("order.discounts.find { it.uid == 'off' }.applied_money.amount", equalTo(0));
		update(account, id, "{\"order\": {\"version\": 3}, \"fields_to_clear\": [\"discounts[ten]\"]}")
			.statusCode(200)
			.body("order.discounts.uid", contains("off"))
			.body("order.line_items[0]", not(hasKey("applied_discounts")))
			.body("order.total_discount_money.amount", equalTo(0));
		update(account, id, "{\"order\": {\"version\": 4}, \"fields_to_clear\": [\"taxes\", \"line_items[b]\"]}")
			.statusCode(200)
			.body("order.line_items.uid", contains("a"))
			.body("order", not(hasKey("taxes")))
			.body("order.line_items[0]", not(hasKey("applied_taxes")))
			.body("order.total_money.amount", equalTo(1000));
		update(account, id, "{\"order\": {\"version\": 5}, \"fields_to_clear\": [\"line_items\", \"discounts\"]}")
			.statusCode(200)
			.body("order", not(hasKey("line_items")))
			.body("order", not(hasKey("discounts")))
			.body("order.total_money.amount", equalTo(0))
			.body("order.version", equalTo(6));
	}

	@Test
	void clearsTaxesServiceChargesAndTheReferencesToThem() {
		String id = createId(account, """
				{"order": {"location_id": "%s",
				  "line_items": [{"uid": "a", "name": "A", "quantity": "1",
				                  "base_price_money": {"amount": 1000, "currency": "USD"},
				                  "applied_taxes": [{"uid": "a-local", "tax_uid": "local"}],
				                  "applied_service_charges": [{"uid": "a-svc", "service_charge_uid": "svc"}]}],
				  "taxes": [{"uid": "local", "name": "Local", "percentage": "2", "scope": "LINE_ITEM"},
				            {"uid": "state", "name": "State", "percentage": "5", "scope": "ORDER"}],
				  "service_charges": [{"uid": "svc", "name": "Service", "percentage": "10",
				                       "calculation_phase": "APPORTIONED_PERCENTAGE_PHASE"},
				                      {"uid": "fee", "name": "Fee", "amount_money": {"amount": 50, "currency": "USD"}}]}}"""
			.formatted(this.location));
		retrieve(account, id)
			.body("order.line_items[0].applied_taxes.uid", org.hamcrest.Matchers.hasItem("a-local"))
			.body("order.line_items[0].applied_service_charges[0].uid", equalTo("a-svc"))
			.body("order.line_items[0].total_service_charge_money.amount", equalTo(100))
			.body("order.service_charges[0].scope", equalTo("LINE_ITEM"));
		update(account, id, "{\"order\": {\"version\": 1}, \"fields_to_clear\": [\"line_items[a].applied_taxes[a-local]\"]}")
			.statusCode(200)
			.body("order.line_items[0].applied_taxes.tax_uid", contains("state"))
			.body("order.taxes.find { it.uid == 'local' }.applied_money.amount", equalTo(0));
		update(account, id, "{\"order\": {\"version\": 2}, \"fields_to_clear\": [\"taxes[state]\", \"service_charges[svc]\"]}")
			.statusCode(200)
			.body("order.taxes.uid", contains("local"))
			.body("order.line_items[0]", not(hasKey("applied_taxes")))
			.body("order.line_items[0]", not(hasKey("applied_service_charges")))
			.body("order.line_items[0]", not(hasKey("total_service_charge_money")))
			.body("order.service_charges.uid", contains("fee"))
			.body("order.total_money.amount", equalTo(1050));
		update(account, id, "{\"order\": {\"version\": 3}, \"fields_to_clear\": [\"service_charges\", \"line_items[a].applied_discounts\"]}")
			.statusCode(200)
			.body("order", not(hasKey("service_charges")))
			.body("order.total_money.amount", equalTo(1000));
	}

	@Test
	void clearingAndSettingInOneRequestClearsFirst() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1, "discounts": [{"uid": "new", "name": "5%%", "percentage": "5"}]},
				 "fields_to_clear": ["discounts"]}""".formatted())
			.statusCode(200)
			.body("order.discounts.uid", contains("new"))
			.body("order.discounts[0].scope", equalTo("ORDER"));
	}

	@Test
	void unknownPathsAndUidsInFieldsToClearAreInvalid() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1}, "fields_to_clear": ["line_items[zzz]", "colour", "discounts[nope]",
				 "line_items[a].applied_discounts[nope]", "line_items[a].quantity", "line_items[a"]}""")
			.statusCode(400)
			.body("errors.code", contains("INVALID_VALUE", "INVALID_VALUE", "INVALID_VALUE", "INVALID_VALUE",
					"INVALID_VALUE", "INVALID_VALUE"))
			.body("errors.field", contains("fields_to_clear[0]", "fields_to_clear[1]", "fields_to_clear[2]",
					"fields_to_clear[3]", "fields_to_clear[4]", "fields_to_clear[5]"));
		retrieve(account, id).body("order.version", equalTo(1));
	}

	@Test
	void versionIsRequired() {
		String id = richOrder();
		update(account, id, "{\"order\": {\"reference_id\": \"x\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order.version"));
		update(account, id, "{\"fields_to_clear\": [\"reference_id\"]}")
			.statusCode(400)
			.body("errors[0].field", equalTo("order.version"));
	}

	@Test
	void aStaleVersionIsAConflictAndChangesNothing() {
		String id = richOrder();
		update(account, id, "{\"order\": {\"version\": 1, \"reference_id\": \"v2\"}}").statusCode(200);
		update(account, id, "{\"order\": {\"version\": 2, \"reference_id\": \"v3\"}}").statusCode(200);
		update(account, id, "{\"order\": {\"version\": 1, \"reference_id\": \"late\"}}")
			.statusCode(409)
			.body("errors[0].code", equalTo("VERSION_MISMATCH"))
			.body("errors[0].field", equalTo("order.version"))
			.body("errors[0].detail",
					equalTo("Supplied version 1 does not match the current version 3 of order " + id + "."));
		retrieve(account, id).body("order.reference_id", equalTo("v3")).body("order.version", equalTo(3));
	}

	@Test
	void unknownAndForeignOrdersAreNotFound() {
		update(account, "nope", "{\"order\": {\"version\": 1}}")
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Order with ID `nope` not found."));
		update(account, UPDATE_ORDER, "{\"order\": {\"version\": 1}}").statusCode(404);
	}

	@Test
	void stateChangesFollowSquaresRules() {
		String id = richOrder();
		update(account, id, "{\"order\": {\"version\": 1, \"state\": \"DRAFT\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		update(account, id, "{\"order\": {\"version\": 1, \"state\": \"COMPLETED\"}}")
			.statusCode(200)
			.body("order.state", equalTo("COMPLETED"))
			.body("order.closed_at", notNullValue())
			.body("order.version", equalTo(2));
		update(account, id, "{\"order\": {\"version\": 2, \"state\": \"OPEN\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"));
		update(account, id, "{\"order\": {\"version\": 2, \"reference_id\": \"late\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"))
			.body("errors[0].detail", equalTo("The order `" + id + "` is COMPLETED and can no longer be changed."));
		retrieve(account, id).body("order.version", equalTo(2)).body("order.reference_id", equalTo("ref-1"));

		String draft = createId(account, """
				{"order": {"location_id": "%s", "state": "DRAFT"}}""".formatted(this.location));
		update(account, draft, "{\"order\": {\"version\": 1, \"state\": \"CANCELED\"}}").statusCode(400);
		update(account, draft, "{\"order\": {\"version\": 1, \"state\": \"OPEN\"}}")
			.statusCode(200)
			.body("order.state", equalTo("OPEN"))
			.body("order", not(hasKey("closed_at")));
		update(account, draft, "{\"order\": {\"version\": 2, \"state\": \"CANCELED\"}}")
			.statusCode(200)
			.body("order.state", equalTo("CANCELED"))
			.body("order.closed_at", notNullValue());
		update(account, draft, "{\"order\": {\"version\": 3}}").statusCode(400).body("errors[0].code",
				equalTo("BAD_REQUEST"));
	}

	@Test
	void orderIdInTheBodyMustBeThePathsId() {
		String id = richOrder();
		update(account, id, "{\"order_id\": \"other\", \"order\": {\"version\": 1}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("order_id"));
		update(account, id, "{\"order\": {\"version\": 1, \"id\": \"other\"}}")
			.statusCode(400)
			.body("errors[0].field", equalTo("order.id"));
		update(account, id, "{\"order_id\": \"" + id + "\", \"order\": {\"version\": 1, \"id\": \"" + id + "\"}}")
			.statusCode(200);
	}

	@Test
	void readOnlyFieldsAndPricingProblemsAreReportedWithTheRequestsPaths() {
		String id = richOrder();
		update(account, id, """
				{"order": {"version": 1, "total_money": {"amount": 5, "currency": "USD"},
				  "line_items": [{"uid": "new", "name": "N", "quantity": "x",
				                  "base_price_money": {"amount": 1, "currency": "USD"}}]}}""")
			.statusCode(400)
			.body("errors.field", contains("order.total_money", "order.line_items[0].quantity"));
	}

	@Test
	void aNewCustomerMustBeOneOfTheAccounts() {
		String id = richOrder();
		String customer = account.id("CHFGVKYY8RSV93M5KCYTG4PN0G");
		update(account, id, "{\"order\": {\"version\": 1, \"customer_id\": \"NOPE\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("order.customer_id"));
		update(account, id, "{\"order\": {\"version\": 1, \"customer_id\": \"" + customer + "\"}}")
			.statusCode(200)
			.body("order.customer_id", equalTo(customer));
		update(account, id, "{\"order\": {\"version\": 2}, \"fields_to_clear\": [\"customer_id\"]}")
			.statusCode(200)
			.body("order", not(hasKey("customer_id")));
	}

	@Test
	void anOrderCannotMoveToAnotherLocation() {
		String id = richOrder();
		update(account, id, "{\"order\": {\"version\": 1, \"location_id\": \"" + account.id("D7AVYMEAPJ3A3") + "\"}}")
			.statusCode(400)
			.body("errors[0].field", equalTo("order.location_id"));
	}

	@Test
	void theMergedOrderKeepsTheLimits() {
		String id = richOrder();
		StringBuilder lines = new StringBuilder();
		for (int i = 0; i < 499; i++) {
			lines.append(i == 0 ? "" : ",").append(line("L" + i, "1", 1));
		}
		update(account, id, "{\"order\": {\"version\": 1, \"line_items\": [" + lines + "]}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("order.line_items"))
			.body("errors", hasSize(1));
	}

}
