package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked examples of PRICING.md and every money field of the three order responses of seed 001, to the cent.
 * Each table row is one field of the response JSON; uids are the ones the seed shows.
 */
class WorkedExamplesTest {

	private static final String COFFEE = "EuYkakhmu3ksHIds5Hiot";

	/** Seed 001 "Create order", with the catalog objects of FIXTURES.md resolved as the orders service does. */
	static PricingRequest createOrderRequest() {
		Orders order = Orders.usd();
		return order.line("8uSwfzvUImn3IRrvciqlXC", 1599, "1")
			.line(new LineItemInput("v8ZuEXpOJpb0bazLuvrLDB", "2", null, order.money(2200),
					List.of(new ModifierInput("Lo3qMMckDluu9Qsb58d4CC", order.money(50), null)), List.of(),
					List.of("one-dollar-off"), List.of()))
			.tax("state-sales-tax", "9")
			.percentOff("labor-day-sale", "5", Scope.ORDER)
			.discount(new DiscountInput("membership-discount", DiscountType.FIXED_PERCENTAGE, "0.5", null, Scope.ORDER,
					true))
			.amountOff("one-dollar-off", 100, Scope.LINE_ITEM)
			.request();
	}

	@TestFactory
	Stream<DynamicTest> createOrderMatchesSeed001ToTheCent() {
		return table(OrderPricer.price(createOrderRequest()), Map.ofEntries(
				Map.entry("line_items[0].variation_total_price_money", 1599L),
				Map.entry("line_items[0].gross_sales_money", 1599L),
				Map.entry("line_items[0].applied_discounts[membership-discount]", 8L),
				Map.entry("line_items[0].applied_discounts[labor-day-sale]", 79L),
				Map.entry("line_items[0].applied_taxes[state-sales-tax]", 136L),
				Map.entry("line_items[0].total_discount_money", 87L),
				Map.entry("line_items[0].total_tax_money", 136L),
				Map.entry("line_items[0].total_money", 1648L),
				Map.entry("line_items[1].variation_total_price_money", 4400L),
				Map.entry("line_items[1].modifiers[0].total_price_money", 100L),
				Map.entry("line_items[1].gross_sales_money", 4500L),
				Map.entry("line_items[1].applied_discounts[membership-discount]", 22L),
				Map.entry("line_items[1].applied_discounts[labor-day-sale]", 224L),
				Map.entry("line_items[1].applied_discounts[one-dollar-off]", 100L),
				Map.entry("line_items[1].applied_taxes[state-sales-tax]", 374L),
				Map.entry("line_items[1].total_discount_money", 346L),
				Map.entry("line_items[1].total_tax_money", 374L),
				Map.entry("line_items[1].total_money", 4528L),
				Map.entry("taxes[state-sales-tax].applied_money", 510L),
				Map.entry("discounts[membership-discount].applied_money", 30L),
				Map.entry("discounts[labor-day-sale].applied_money", 303L),
				Map.entry("discounts[one-dollar-off].applied_money", 100L),
				Map.entry("total_money", 6176L),
				Map.entry("total_tax_money", 510L),
				Map.entry("total_discount_money", 433L),
				Map.entry("total_tip_money", 0L),
				Map.entry("total_service_charge_money", 0L),
				Map.entry("net_amounts.total_money", 6176L),
				Map.entry("net_amounts.tax_money", 510L),
				Map.entry("net_amounts.discount_money", 433L),
				Map.entry("net_amounts.tip_money", 0L),
				Map.entry("net_amounts.service_charge_money", 0L)));
	}

	@Test
	void createOrderListsDiscountsInTheOrderTheyWereApplied() {
		PricedOrder priced = OrderPricer.price(createOrderRequest());

		assertThat(priced.discounts()).extracting(AppliedAmount::uid)
			.containsExactly("membership-discount", "labor-day-sale", "one-dollar-off");
		assertThat(priced.discounts()).extracting(AppliedAmount::discountType)
			.containsExactly(DiscountType.FIXED_PERCENTAGE, DiscountType.FIXED_PERCENTAGE, DiscountType.FIXED_AMOUNT);
		assertThat(priced.discounts()).extracting(AppliedAmount::scope)
			.containsExactly(Scope.ORDER, Scope.ORDER, Scope.LINE_ITEM);
		assertThat(priced.lines().get(0).appliedDiscounts()).extracting(LineApplied::uid)
			.containsExactly("membership-discount", "labor-day-sale");
		assertThat(priced.lines().get(1).appliedDiscounts()).extracting(LineApplied::uid)
			.containsExactly("membership-discount", "labor-day-sale", "one-dollar-off");
		assertThat(priced.taxes()).singleElement()
			.satisfies(tax -> assertThat(tax.taxType()).isEqualTo(TaxType.ADDITIVE))
			.satisfies(tax -> assertThat(tax.scope()).isEqualTo(Scope.ORDER));
		assertThat(priced.lines()).extracting(PricedLine::uid)
			.containsExactly("8uSwfzvUImn3IRrvciqlXC", "v8ZuEXpOJpb0bazLuvrLDB");
	}

	@TestFactory
	Stream<DynamicTest> retrieveOrderMatchesSeed001ToTheCent() {
		PricedOrder priced = Orders.usd()
			.line("ULkg0tQTRK2bkU9fNv3IJD", 500, "1")
			.line("mumY8Nun4BC5aKe2yyx5a", 300, "2")
			.percentOff("zGsRZP69aqSSR9lq9euSPB", "50", Scope.ORDER)
			.price();
		return table(priced, Map.ofEntries(
				Map.entry("line_items[0].variation_total_price_money", 500L),
				Map.entry("line_items[0].gross_sales_money", 500L),
				Map.entry("line_items[0].total_tax_money", 0L),
				Map.entry("line_items[0].total_discount_money", 250L),
				Map.entry("line_items[0].total_money", 250L),
				Map.entry("line_items[0].applied_discounts[zGsRZP69aqSSR9lq9euSPB]", 250L),
				Map.entry("line_items[1].variation_total_price_money", 600L),
				Map.entry("line_items[1].gross_sales_money", 600L),
				Map.entry("line_items[1].total_tax_money", 0L),
				Map.entry("line_items[1].total_discount_money", 300L),
				Map.entry("line_items[1].total_money", 300L),
				Map.entry("line_items[1].applied_discounts[zGsRZP69aqSSR9lq9euSPB]", 300L),
				Map.entry("discounts[zGsRZP69aqSSR9lq9euSPB].applied_money", 550L),
				Map.entry("total_money", 550L),
				Map.entry("total_tax_money", 0L),
				Map.entry("total_discount_money", 550L),
				Map.entry("total_tip_money", 0L),
				Map.entry("total_service_charge_money", 0L),
				Map.entry("net_amounts.total_money", 550L),
				Map.entry("net_amounts.tax_money", 0L),
				Map.entry("net_amounts.discount_money", 550L),
				Map.entry("net_amounts.tip_money", 0L),
				Map.entry("net_amounts.service_charge_money", 0L)));
	}

	@TestFactory
	Stream<DynamicTest> updateOrderMatchesSeed001ToTheCent() {
		// the stored coffee line plus the added cookies; fields_to_clear emptied the discounts
		PricedOrder priced = Orders.usd().line(COFFEE, 500, "1").line("cookie_uid", 200, "2").price();
		return table(priced, Map.ofEntries(
				Map.entry("line_items[0].variation_total_price_money", 500L),
				Map.entry("line_items[0].gross_sales_money", 500L),
				Map.entry("line_items[0].total_tax_money", 0L),
				Map.entry("line_items[0].total_discount_money", 0L),
				Map.entry("line_items[0].total_money", 500L),
				Map.entry("line_items[1].variation_total_price_money", 400L),
				Map.entry("line_items[1].gross_sales_money", 400L),
				Map.entry("line_items[1].total_tax_money", 0L),
				Map.entry("line_items[1].total_discount_money", 0L),
				Map.entry("line_items[1].total_money", 400L),
				Map.entry("total_money", 900L),
				Map.entry("total_tax_money", 0L),
				Map.entry("total_discount_money", 0L),
				Map.entry("total_service_charge_money", 0L),
				Map.entry("net_amounts.total_money", 900L),
				Map.entry("net_amounts.tax_money", 0L),
				Map.entry("net_amounts.discount_money", 0L),
				Map.entry("net_amounts.service_charge_money", 0L)));
	}

	@Test
	void updateOrderKeepsTheCoffeeLineFirstAndAppliesNothing() {
		PricedOrder priced = Orders.usd().line(COFFEE, 500, "1").line("cookie_uid", 200, "2").price();

		assertThat(priced.lines()).extracting(PricedLine::uid).containsExactly(COFFEE, "cookie_uid");
		assertThat(priced.lines()).allSatisfy(line -> {
			assertThat(line.appliedDiscounts()).isEmpty();
			assertThat(line.appliedTaxes()).isEmpty();
			assertThat(line.appliedServiceCharges()).isEmpty();
		});
	}

	@TestFactory
	Stream<DynamicTest> inclusiveTaxExampleOfPricingMd() {
		PricedOrder priced = Orders.usd()
			.line("item", 100, "1")
			.tax(new TaxInput("vat", TaxType.INCLUSIVE, "10", Scope.ORDER, false))
			.price();
		return table(priced, Map.of(
				"line_items[0].applied_taxes[vat]", 9L,
				"line_items[0].total_tax_money", 9L,
				"line_items[0].total_money", 100L,
				"taxes[vat].applied_money", 9L,
				"total_tax_money", 9L,
				"total_money", 100L));
	}

	/** One dynamic test per expected field, named by its path, so a failure names the field. */
	static Stream<DynamicTest> table(PricedOrder priced, Map<String, Long> expected) {
		Map<String, Long> actual = Flat.of(priced);
		return expected.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(row -> dynamicTest(row.getKey() + " = " + row.getValue(),
					() -> assertThat(actual).containsEntry(row.getKey(), row.getValue())));
	}

}
