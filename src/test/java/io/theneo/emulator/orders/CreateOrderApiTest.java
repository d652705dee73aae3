package io.theneo.emulator.orders;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.TestAccounts.TestAccount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

class CreateOrderApiTest extends OrdersTestSupport {

	private static final String READ_ONLY = "Read-only field is calculated and cannot be set by a client.";

	private static TestAccount account;

	private String location;

	@BeforeEach
	void account() {
		if (account == null) {
			account = freshAccount();
		}
		this.location = account.id(CREATE_LOCATION);
	}

	@Test
	void createsAnOpenOrderAtVersionOneWithGeneratedIdsAndUids() {
		create(account, order(this.location, line("Tea", "3", 250)))
			.statusCode(200)
			.body("order.id", matchesPattern("[A-Za-z0-9]{27}"))
			.body("order.location_id", equalTo(this.location))
			.body("order.state", equalTo("OPEN"))
			.body("order.version", equalTo(1))
			.body("order.created_at", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"))
			.body("order.line_items[0].uid", matchesPattern("[A-Za-z0-9]{22}"))
			.body("order.line_items[0].variation_total_price_money.amount", equalTo(750))
			.body("order.line_items[0].gross_sales_money.amount", equalTo(750))
			.body("order.line_items[0].total_money.amount", equalTo(750))
			.body("order.line_items[0]", not(hasKey("total_service_charge_money")))
			.body("order.total_money.amount", equalTo(750))
			.body("order.total_tip_money.amount", equalTo(0))
			.body("order.net_amounts.total_money.amount", equalTo(750))
			.body("order.source.name", equalTo("My App"))
			.body("order", not(hasKey("closed_at")))
			.body("order", not(hasKey("discounts")));
	}

	@Test
	void createsADraftWhenAsked() {
		create(account, """
				{"order": {"location_id": "%s", "state": "DRAFT", "source": {"name": "Kiosk"}, "reference_id": "r-1",
				 "line_items": [%s]}}""".formatted(this.location, line("Tea", "1", 100)))
			.statusCode(200)
			.body("order.state", equalTo("DRAFT"))
			.body("order.source.name", equalTo("Kiosk"))
			.body("order.reference_id", equalTo("r-1"));
	}

	@Test
	void orderScopedEntriesGetAReferenceWithItsOwnUidOnEveryLine() {
		create(account, """
				{"order": {"location_id": "%s",
				  "line_items": [%s, %s],
				  "taxes": [{"uid": "tax", "name": "VAT", "percentage": "10", "scope": "ORDER"}],
				  "discounts": [{"uid": "off", "name": "Off", "amount_money": {"amount": 100, "currency": "USD"},
				                 "scope": "LINE_ITEM"}]}}"""
			.formatted(this.location, line("A", "1", 1000),
					"""
							{"uid": "b", "name": "B", "quantity": "1", "base_price_money": {"amount": 500, "currency": "USD"},
							 "applied_discounts": [{"uid": "mine", "discount_uid": "off"}]}"""))
			.statusCode(200)
			.body("order.line_items[0].applied_taxes[0].tax_uid", equalTo("tax"))
			.body("order.line_items[0].applied_taxes[0].uid", matchesPattern("[A-Za-z0-9]{22}"))
			.body("order.line_items[0]", not(hasKey("applied_discounts")))
			.body("order.line_items[1].applied_discounts[0].uid", equalTo("mine"))
			.body("order.line_items[1].applied_discounts[0].applied_money.amount", equalTo(100))
			.body("order.line_items[1].applied_taxes[0].applied_money.amount", equalTo(40))
			.body("order.taxes[0].type", equalTo("ADDITIVE"))
			.body("order.taxes[0].applied_money.amount", equalTo(140))
			.body("order.discounts[0].type", equalTo("FIXED_AMOUNT"))
			.body("order.total_money.amount", equalTo(1540));
	}

	@Test
	void decimalQuantitiesNeedAQuantityUnit() {
		create(account, order(this.location, """
				{"name": "Cheese", "quantity": "1.25", "quantity_unit": {"measurement_unit": {"weight_unit": "IMPERIAL_POUND"},
				 "precision": 2}, "base_price_money": {"amount": 1000, "currency": "USD"}}"""))
			.statusCode(200)
			.body("order.line_items[0].quantity_unit.precision", equalTo(2))
			.body("order.line_items[0].quantity_unit.measurement_unit.weight_unit", equalTo("IMPERIAL_POUND"))
			.body("order.line_items[0].total_money.amount", equalTo(1250));
	}

	@Test
	void serviceChargesAreComputed() {
		create(account, """
				{"order": {"location_id": "%s", "line_items": [%s],
				  "service_charges": [{"uid": "sc", "name": "Service", "percentage": "10",
				                       "calculation_phase": "SUBTOTAL_PHASE"}]}}"""
			.formatted(this.location, line("A", "1", 1000)))
			.statusCode(200)
			.body("order.service_charges[0].applied_money.amount", equalTo(100))
			.body("order.service_charges[0].total_money.amount", equalTo(100))
			.body("order.service_charges[0].type", equalTo("CUSTOM"))
			.body("order.total_service_charge_money.amount", equalTo(100))
			.body("order.total_money.amount", equalTo(1100));
	}

	@Test
	void locationIsRequired() {
		create(account, "{\"order\": {\"line_items\": [" + line("A", "1", 1) + "]}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order.location_id"));
	}

	@Test
	void unknownAndForeignLocationsAreNotFound() {
		create(account, order("NOPE", line("A", "1", 1)))
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].field", equalTo("order.location_id"));
		create(account, order(CREATE_LOCATION, line("A", "1", 1)))
			.statusCode(400)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].detail", equalTo("Location with ID `057P5VYJ4A5X1` not found."))
			.body("errors[0].field", equalTo("order.location_id"));
	}

	@Test
	void theCustomerMustBeOneOfTheAccounts() {
		String customer = account.id("CHFGVKYY8RSV93M5KCYTG4PN0G");
		create(account, "{\"order\": {\"location_id\": \"" + this.location + "\", \"customer_id\": \"" + customer + "\"}}")
			.statusCode(200)
			.body("order.customer_id", equalTo(customer));
		for (String unknown : List.of("NOPE", "CHFGVKYY8RSV93M5KCYTG4PN0G")) {
			create(account, "{\"order\": {\"location_id\": \"" + this.location + "\", \"customer_id\": \"" + unknown
					+ "\"}}")
				.statusCode(400)
				.body("errors[0].code", equalTo("NOT_FOUND"))
				.body("errors[0].field", equalTo("order.customer_id"))
				.body("errors[0].detail", equalTo("Customer with ID `" + unknown + "` not found."));
		}
		post(account, "/v2/orders/calculate", "{\"order\": {\"location_id\": \"" + this.location
				+ "\", \"customer_id\": \"NOPE\"}}")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("order.customer_id"));
	}

	@Test
	void theOrderIsRequired() {
		create(account, "{\"idempotency_key\": \"k-" + System.nanoTime() + "\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order"));
	}

	@Test
	void badQuantitiesAreRejectedWithTheirPath() {
		create(account, order(this.location, line("A", "abc", 1) + "," + line("B", "0", 1) + "," + line("C", "1.5", 1)))
			.statusCode(400)
			.body("errors", hasSize(3))
			.body("errors.field", contains("order.line_items[0].quantity", "order.line_items[1].quantity",
					"order.line_items[2].quantity"))
			.body("errors.code", contains("INVALID_VALUE", "VALUE_TOO_LOW", "INVALID_VALUE"));
	}

	@Test
	void anAppliedDiscountMustNameADiscountOfTheOrder() {
		create(account, order(this.location, """
				{"name": "A", "quantity": "1", "base_price_money": {"amount": 100, "currency": "USD"},
				 "applied_discounts": [{"discount_uid": "missing"}]}"""))
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("order.line_items[0].applied_discounts[0].discount_uid"));
	}

	@Test
	void moneyNeedsAKnownCurrencyAndTheOrdersCurrency() {
		create(account, order(this.location, """
				{"name": "A", "quantity": "1", "base_price_money": {"amount": 100, "currency": "XYZ"}},
				{"name": "B", "quantity": "1", "base_price_money": {"amount": 100, "currency": "EUR"}},
				{"name": "C", "quantity": "1", "base_price_money": {"currency": "USD"}}"""))
			.statusCode(400)
			.body("errors.field", contains("order.line_items[0].base_price_money.currency",
					"order.line_items[2].base_price_money.amount", "order.line_items[1].base_price_money.currency"))
			.body("errors.code", contains("INVALID_VALUE", "MISSING_REQUIRED_PARAMETER", "INVALID_VALUE"));
	}

	@Test
	void aLineNeedsAPrice() {
		create(account, order(this.location, "{\"name\": \"A\", \"quantity\": \"1\"}"))
			.statusCode(400)
			.body("errors[0].code", equalTo("MISSING_REQUIRED_PARAMETER"))
			.body("errors[0].field", equalTo("order.line_items[0].base_price_money"));
	}

	@Test
	void atMost500LineItems() {
		String lines = IntStream.range(0, 501).mapToObj((i) -> line("L" + i, "1", 1)).collect(Collectors.joining(","));
		create(account, order(this.location, lines))
			.statusCode(400)
			.body("errors[0].code", equalTo("VALUE_TOO_HIGH"))
			.body("errors[0].field", equalTo("order.line_items"));
		String five = IntStream.range(0, 500).mapToObj((i) -> line("L" + i, "1", 1)).collect(Collectors.joining(","));
		create(account, order(this.location, five)).statusCode(200).body("order.line_items", hasSize(500))
			.body("order.total_money.amount", equalTo(500));
	}

	@Test
	void atMost100TaxesAndDiscounts() {
		String taxes = IntStream.range(0, 101)
			.mapToObj((i) -> "{\"uid\": \"t" + i + "\", \"percentage\": \"1\"}")
			.collect(Collectors.joining(","));
		String discounts = IntStream.range(0, 101)
			.mapToObj((i) -> "{\"uid\": \"d" + i + "\", \"percentage\": \"1\"}")
			.collect(Collectors.joining(","));
		create(account, """
				{"order": {"location_id": "%s", "line_items": [%s], "taxes": [%s], "discounts": [%s]}}"""
			.formatted(this.location, line("A", "1", 1), taxes, discounts))
			.statusCode(400)
			.body("errors.code", contains("VALUE_TOO_HIGH", "VALUE_TOO_HIGH"))
			.body("errors.field", contains("order.taxes", "order.discounts"));
	}

	@Test
	void readOnlyFieldsAreRejectedAllTogether() {
		create(account, """
				{"order": {"id": "X", "version": 3, "location_id": "%s", "created_at": "2020-01-01T00:00:00Z",
				  "total_money": {"amount": 1, "currency": "USD"}, "net_amounts": {},
				  "line_items": [{"name": "A", "quantity": "1", "base_price_money": {"amount": 1, "currency": "USD"},
				                  "total_money": {"amount": 1, "currency": "USD"},
				                  "applied_discounts": [{"discount_uid": "d", "applied_money": {"amount": 1, "currency": "USD"}}],
				                  "modifiers": [{"name": "M", "base_price_money": {"amount": 1, "currency": "USD"},
				                                 "total_price_money": {"amount": 1, "currency": "USD"}}]}],
				  "discounts": [{"uid": "d", "percentage": "5", "applied_money": {"amount": 1, "currency": "USD"}}]}}"""
			.formatted(this.location))
			.statusCode(400)
			.body("errors.code", everyItem(equalTo("INVALID_VALUE")))
			.body("errors.detail", everyItem(equalTo(READ_ONLY)))
			.body("errors.field", hasItems("order.id", "order.version", "order.created_at", "order.total_money",
					"order.net_amounts", "order.line_items[0].total_money",
					"order.line_items[0].applied_discounts[0].applied_money",
					"order.line_items[0].modifiers[0].total_price_money", "order.discounts[0].applied_money"))
			.body("errors", hasSize(9));
	}

	@Test
	void problemsOfDifferentKindsComeBackTogether() {
		create(account, """
				{"order": {"location_id": "%s", "total_tax_money": {"amount": 1, "currency": "USD"},
				  "reference_id": "%s",
				  "line_items": [{"name": "A", "quantity": "-1", "base_price_money": {"amount": 1, "currency": "USD"},
				                  "applied_taxes": [{"tax_uid": "nope"}]}]}}"""
			.formatted(this.location, "r".repeat(41)))
			.statusCode(400)
			.body("errors.field", hasItems("order.total_tax_money", "order.reference_id",
					"order.line_items[0].quantity", "order.line_items[0].applied_taxes[0].tax_uid"))
			.body("errors.code", hasItems("INVALID_VALUE", "VALUE_TOO_LONG", "VALUE_TOO_LOW"))
			.body("errors", hasSize(4));
	}

	@Test
	void unknownFieldsAreRejected() {
		create(account, "{\"order\": {\"location_id\": \"" + this.location + "\", \"colour\": \"red\"}}")
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("order.colour"));
		create(account, "{\"order\": {\"location_id\": \"" + this.location + "\"}, \"location_id\": \"x\"}")
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("location_id"));
		create(account, order(this.location, "{\"name\": \"A\", \"quantity\": \"1\", \"colour\": \"red\"}"))
			.statusCode(400)
			.body("errors[0].code", equalTo("UNKNOWN_BODY_PARAMETER"))
			.body("errors[0].field", equalTo("order.line_items[0].colour"));
	}

	@Test
	void onlyOpenOrDraftOnCreate() {
		create(account, """
				{"order": {"location_id": "%s", "state": "COMPLETED", "line_items": [%s]}}"""
			.formatted(this.location, line("A", "1", 1)))
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("order.state"));
		create(account, """
				{"order": {"location_id": "%s", "state": "HALF_DONE"}}""".formatted(this.location))
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_ENUM_VALUE"))
			.body("errors[0].field", equalTo("order.state"));
	}

	@Test
	void duplicateUidsAreRejected() {
		create(account, """
				{"order": {"location_id": "%s", "line_items": [
				  {"uid": "same", "name": "A", "quantity": "1", "base_price_money": {"amount": 1, "currency": "USD"}},
				  {"uid": "same", "name": "B", "quantity": "1", "base_price_money": {"amount": 1, "currency": "USD"}}]}}"""
			.formatted(this.location))
			.statusCode(400)
			.body("errors[0].code", equalTo("INVALID_VALUE"))
			.body("errors[0].field", equalTo("order.line_items[1].uid"));
	}

	@Test
	void aWrongPhaseIsABadRequest() {
		create(account, """
				{"order": {"location_id": "%s", "line_items": [%s],
				  "service_charges": [{"name": "Tip", "percentage": "10", "calculation_phase": "TOTAL_PHASE", "taxable": true}]}}"""
			.formatted(this.location, line("A", "1", 100)))
			.statusCode(400)
			.body("errors[0].code", equalTo("BAD_REQUEST"))
			.body("errors[0].field", equalTo("order.service_charges[0].calculation_phase"));
	}

	@Test
	void needsOrdersWrite() {
		TestAccount reader = this.accounts.fresh(List.of("ORDERS_READ"));
		create(reader, order(reader.id(CREATE_LOCATION), line("A", "1", 1)))
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"));
	}

	@Test
	void anEmptyOrderCostsNothing() {
		create(account, "{\"order\": {\"location_id\": \"" + this.location + "\"}}")
			.statusCode(200)
			.body("order", not(hasKey("line_items")))
			.body("order.total_money.amount", equalTo(0))
			.body("order.customer_id", nullValue())
			.body("order.net_amounts.total_money", notNullValue());
	}

}
