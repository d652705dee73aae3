package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every validation rule, one row each: a valid order changed in one place, the code and the wire path expected.
 * The valid order has two lines so indexes other than 0 show up in paths.
 */
class ValidationTest {

	private static final Currency USD = Currency.getInstance("USD");

	private static Money usd(long amount) {
		return new Money(amount, USD);
	}

	private static LineItemInput plainLine(String uid) {
		return new LineItemInput(uid, "1", null, usd(100), List.of(), List.of(), List.of(), List.of());
	}

	/** A valid request: two lines, one tax, one discount, one service charge. */
	private static PricingRequest valid() {
		return new PricingRequest(USD, List.of(plainLine("a"), plainLine("b")),
				List.of(new TaxInput("tax", null, "10", Scope.ORDER, false)),
				List.of(new DiscountInput("off", null, "5", null, Scope.ORDER, false)),
				List.of(new ServiceChargeInput("svc", "3", null, null, false)));
	}

	private static PricingRequest withLine(int index, LineItemInput line) {
		List<LineItemInput> lines = new ArrayList<>(valid().lineItems());
		lines.set(index, line);
		PricingRequest v = valid();
		return new PricingRequest(USD, lines, v.taxes(), v.discounts(), v.serviceCharges());
	}

	private static PricingRequest withQuantity(String quantity, Integer precision) {
		return withLine(1, new LineItemInput("b", quantity, precision, usd(100), null, null, null, null));
	}

	private static PricingRequest withLinePrice(Money price) {
		return withLine(1, new LineItemInput("b", "1", null, price, null, null, null, null));
	}

	private static PricingRequest withModifier(ModifierInput modifier) {
		return withLine(1, new LineItemInput("b", "1", null, usd(100), Arrays.asList(modifier), null, null, null));
	}

	private static PricingRequest withReferences(List<String> taxes, List<String> discounts, List<String> charges) {
		return withLine(1, new LineItemInput("b", "1", null, usd(100), null, taxes, discounts, charges));
	}

	private static PricingRequest withTaxes(TaxInput... taxes) {
		PricingRequest v = valid();
		return new PricingRequest(USD, v.lineItems(), Arrays.asList(taxes), v.discounts(), v.serviceCharges());
	}

	private static PricingRequest withDiscounts(DiscountInput... discounts) {
		PricingRequest v = valid();
		return new PricingRequest(USD, v.lineItems(), v.taxes(), Arrays.asList(discounts), v.serviceCharges());
	}

	private static PricingRequest withCharges(ServiceChargeInput... charges) {
		PricingRequest v = valid();
		return new PricingRequest(USD, v.lineItems(), v.taxes(), v.discounts(), Arrays.asList(charges));
	}

	private static PricingRequest withCurrency(Currency currency) {
		PricingRequest v = valid();
		return new PricingRequest(currency, List.of(), v.taxes(), v.discounts(), v.serviceCharges());
	}

	private static Arguments row(String rule, PricingRequest request, String code, String field) {
		return Arguments.of(rule, request, code, field);
	}

	private static DiscountInput percentOff(String uid, String percentage) {
		return new DiscountInput(uid, null, percentage, null, Scope.ORDER, false);
	}

	static Stream<Arguments> rules() {
		String line1 = "order.line_items[1]";
		long huge = Long.MAX_VALUE / 2 + 1;
		return Stream.of(
				// quantities
				row("quantity missing", withQuantity(null, null), "MISSING_REQUIRED_PARAMETER", line1 + ".quantity"),
				row("quantity blank", withQuantity(" ", null), "MISSING_REQUIRED_PARAMETER", line1 + ".quantity"),
				row("quantity not a number", withQuantity("two", null), "INVALID_VALUE", line1 + ".quantity"),
				row("quantity with exponent", withQuantity("1e2", null), "INVALID_VALUE", line1 + ".quantity"),
				row("quantity zero", withQuantity("0", null), "VALUE_TOO_LOW", line1 + ".quantity"),
				row("quantity negative", withQuantity("-1", null), "VALUE_TOO_LOW", line1 + ".quantity"),
				row("quantity too high", withQuantity("10000001", null), "VALUE_TOO_HIGH", line1 + ".quantity"),
				row("decimals without a unit", withQuantity("1.5", null), "INVALID_VALUE", line1 + ".quantity"),
				row("more decimals than the precision", withQuantity("1.25", 1), "INVALID_VALUE", line1 + ".quantity"),
				row("precision below 0", withQuantity("1", -1), "VALUE_TOO_LOW", line1 + ".quantity_unit.precision"),
				row("precision above 5", withQuantity("1", 6), "VALUE_TOO_HIGH", line1 + ".quantity_unit.precision"),
				// line and modifier prices
				row("base price missing", withLinePrice(null), "MISSING_REQUIRED_PARAMETER", line1 + ".base_price_money"),
				row("base price in another currency", withLinePrice(Money.of(100, "EUR")), "INVALID_VALUE",
						line1 + ".base_price_money.currency"),
				row("base price negative", withLinePrice(usd(-1)), "VALUE_TOO_LOW", line1 + ".base_price_money.amount"),
				row("price x quantity past int64",
						withLine(1, new LineItemInput("b", "3", null, usd(huge), null, null, null, null)), "VALUE_TOO_HIGH",
						line1 + ".base_price_money"),
				row("modifier entry null", withModifier(null), "MISSING_REQUIRED_PARAMETER", line1 + ".modifiers[0]"),
				row("modifier price missing", withModifier(new ModifierInput("m", null, null)),
						"MISSING_REQUIRED_PARAMETER", line1 + ".modifiers[0].base_price_money"),
				row("modifier price in another currency", withModifier(new ModifierInput("m", Money.of(5, "JPY"), null)),
						"INVALID_VALUE", line1 + ".modifiers[0].base_price_money.currency"),
				row("modifier price negative", withModifier(new ModifierInput("m", usd(-5), null)), "VALUE_TOO_LOW",
						line1 + ".modifiers[0].base_price_money.amount"),
				row("modifier quantity negative", withModifier(new ModifierInput("m", usd(5), "-1")), "VALUE_TOO_LOW",
						line1 + ".modifiers[0].quantity"),
				row("modifier quantity fractional", withModifier(new ModifierInput("m", usd(5), "1.5")),
						"INVALID_VALUE", line1 + ".modifiers[0].quantity"),
				row("modifier quantity too high", withModifier(new ModifierInput("m", usd(5), "10000001")),
						"VALUE_TOO_HIGH", line1 + ".modifiers[0].quantity"),
				row("modifier total past int64", withModifier(new ModifierInput("m", usd(huge), "3")), "VALUE_TOO_HIGH",
						line1 + ".modifiers[0].base_price_money"),
				row("gross sales past int64",
						withLine(1, new LineItemInput("b", "1", null, usd(huge), List.of(new ModifierInput("m", usd(huge), null)),
								null, null, null)),
						"VALUE_TOO_HIGH", line1),
				row("order past int64 though every line fits",
						new PricingRequest(USD, List.of(new LineItemInput("a", "1", null, usd(huge), null, null, null, null),
								new LineItemInput("b", "1", null, usd(huge), null, null, null, null)), null, null, null),
						"VALUE_TOO_HIGH", "order"),
				row("line entry null", withLine(1, null), "MISSING_REQUIRED_PARAMETER", line1),
				// references from lines
				row("unknown discount uid", withReferences(null, List.of("nope"), null), "INVALID_VALUE",
						line1 + ".applied_discounts[0].discount_uid"),
				row("unknown tax uid", withReferences(List.of("tax", "nope"), null, null), "INVALID_VALUE",
						line1 + ".applied_taxes[1].tax_uid"),
				row("unknown service charge uid", withReferences(null, null, List.of("nope")), "INVALID_VALUE",
						line1 + ".applied_service_charges[0].service_charge_uid"),
				row("reference without uid", withReferences(Arrays.asList((String) null), null, null),
						"MISSING_REQUIRED_PARAMETER", line1 + ".applied_taxes[0].tax_uid"),
				row("same discount twice on a line", withReferences(null, List.of("off", "off"), null), "INVALID_VALUE",
						line1 + ".applied_discounts[1].discount_uid"),
				row("same tax twice on a line", withReferences(List.of("tax", "tax"), null, null), "INVALID_VALUE",
						line1 + ".applied_taxes[1].tax_uid"),
				row("subtotal charge listed on a line", withReferences(null, null, List.of("svc")), "BAD_REQUEST",
						line1 + ".applied_service_charges[0].service_charge_uid"),
				// taxes
				row("tax without uid", withTaxes(new TaxInput(null, null, "5", null, false)), "MISSING_REQUIRED_PARAMETER",
						"order.taxes[0].uid"),
				row("tax uid twice",
						withTaxes(new TaxInput("t", null, "5", null, false), new TaxInput("t", null, "6", null, false)),
						"INVALID_VALUE", "order.taxes[1].uid"),
				row("tax without percentage", withTaxes(new TaxInput("t", null, null, null, false)),
						"MISSING_REQUIRED_PARAMETER", "order.taxes[0].percentage"),
				row("tax percentage not a number", withTaxes(new TaxInput("t", null, "5%", null, false)), "INVALID_VALUE",
						"order.taxes[0].percentage"),
				row("tax percentage negative", withTaxes(new TaxInput("t", null, "-5", null, false)), "VALUE_TOO_LOW",
						"order.taxes[0].percentage"),
				row("tax percentage above 100", withTaxes(new TaxInput("t", null, "100.5", null, false)), "VALUE_TOO_HIGH",
						"order.taxes[0].percentage"),
				row("tax entry null", withTaxes((TaxInput) null), "MISSING_REQUIRED_PARAMETER", "order.taxes[0]"),
				// discounts
				row("discount without uid", withDiscounts(percentOff(" ", "5")), "MISSING_REQUIRED_PARAMETER",
						"order.discounts[0].uid"),
				row("discount uid twice", withDiscounts(percentOff("d", "5"), percentOff("e", "5"), percentOff("d", "1")),
						"INVALID_VALUE", "order.discounts[2].uid"),
				row("discount with percentage and amount",
						withDiscounts(new DiscountInput("d", null, "5", usd(100), Scope.ORDER, false)), "INVALID_VALUE",
						"order.discounts[0].amount_money"),
				row("discount with neither",
						withDiscounts(new DiscountInput("d", null, null, null, Scope.ORDER, false)),
						"MISSING_REQUIRED_PARAMETER", "order.discounts[0].percentage"),
				row("percentage discount with an amount",
						withDiscounts(new DiscountInput("d", DiscountType.FIXED_PERCENTAGE, null, usd(100), null, false)),
						"INVALID_VALUE", "order.discounts[0].amount_money"),
				row("percentage discount without percentage",
						withDiscounts(new DiscountInput("d", DiscountType.VARIABLE_PERCENTAGE, null, null, null, false)),
						"MISSING_REQUIRED_PARAMETER", "order.discounts[0].percentage"),
				row("amount discount with a percentage",
						withDiscounts(new DiscountInput("d", DiscountType.FIXED_AMOUNT, "5", null, null, false)),
						"INVALID_VALUE", "order.discounts[0].percentage"),
				row("amount discount without amount",
						withDiscounts(new DiscountInput("d", DiscountType.VARIABLE_AMOUNT, null, null, null, false)),
						"MISSING_REQUIRED_PARAMETER", "order.discounts[0].amount_money"),
				row("discount amount in another currency",
						withDiscounts(new DiscountInput("d", null, null, Money.of(100, "KWD"), null, false)),
						"INVALID_VALUE", "order.discounts[0].amount_money.currency"),
				row("discount amount negative", withDiscounts(new DiscountInput("d", null, null, usd(-100), null, false)),
						"VALUE_TOO_LOW", "order.discounts[0].amount_money.amount"),
				row("discount percentage above 100", withDiscounts(percentOff("d", "101")), "VALUE_TOO_HIGH",
						"order.discounts[0].percentage"),
				row("discount percentage negative", withDiscounts(percentOff("d", "-0.5")), "VALUE_TOO_LOW",
						"order.discounts[0].percentage"),
				row("discount percentage not a number", withDiscounts(percentOff("d", "half")), "INVALID_VALUE",
						"order.discounts[0].percentage"),
				// service charges
				row("charge without uid", withCharges(new ServiceChargeInput(null, "5", null, null, false)),
						"MISSING_REQUIRED_PARAMETER", "order.service_charges[0].uid"),
				row("charge uid twice",
						withCharges(new ServiceChargeInput("c", "5", null, null, false),
								new ServiceChargeInput("c", "5", null, null, false)),
						"INVALID_VALUE", "order.service_charges[1].uid"),
				row("charge with percentage and amount", withCharges(new ServiceChargeInput("c", "5", usd(1), null, false)),
						"INVALID_VALUE", "order.service_charges[0].amount_money"),
				row("charge with neither", withCharges(new ServiceChargeInput("c", null, null, null, false)),
						"MISSING_REQUIRED_PARAMETER", "order.service_charges[0].percentage"),
				row("amount-phase charge with neither",
						withCharges(new ServiceChargeInput("c", null, null, CalculationPhase.APPORTIONED_AMOUNT_PHASE, false)),
						"MISSING_REQUIRED_PARAMETER", "order.service_charges[0].amount_money"),
				row("charge percentage above 100", withCharges(new ServiceChargeInput("c", "250", null, null, false)),
						"VALUE_TOO_HIGH", "order.service_charges[0].percentage"),
				row("charge amount in another currency",
						withCharges(new ServiceChargeInput("c", null, Money.of(1, "JPY"), null, false)), "INVALID_VALUE",
						"order.service_charges[0].amount_money.currency"),
				row("charge amount negative", withCharges(new ServiceChargeInput("c", null, usd(-1), null, false)),
						"VALUE_TOO_LOW", "order.service_charges[0].amount_money.amount"),
				row("taxable total-phase charge",
						withCharges(new ServiceChargeInput("c", "5", null, CalculationPhase.TOTAL_PHASE, true)), "BAD_REQUEST",
						"order.service_charges[0].calculation_phase"),
				row("apportioned percentage charge with an amount",
						withCharges(new ServiceChargeInput("c", null, usd(5), CalculationPhase.APPORTIONED_PERCENTAGE_PHASE,
								false)),
						"BAD_REQUEST", "order.service_charges[0].calculation_phase"),
				row("apportioned amount charge with a percentage",
						withCharges(new ServiceChargeInput("c", "5", null, CalculationPhase.APPORTIONED_AMOUNT_PHASE, false)),
						"BAD_REQUEST", "order.service_charges[0].calculation_phase"),
				row("charge entry null", withCharges((ServiceChargeInput) null), "MISSING_REQUIRED_PARAMETER",
						"order.service_charges[0]"),
				// the order itself
				row("no currency", withCurrency(null), "MISSING_REQUIRED_PARAMETER", "order.currency"),
				row("currency without minor units", withCurrency(Currency.getInstance("XAU")), "INVALID_VALUE",
						"order.currency"),
				row("no request", null, "MISSING_REQUIRED_PARAMETER", "order"));
	}

	@ParameterizedTest(name = "{0}: {2} at {3}")
	@MethodSource("rules")
	void rejectsWithCodeAndField(String rule, PricingRequest request, String code, String field) {
		PricingException rejected = catchThrowableOfType(PricingException.class, () -> OrderPricer.price(request));

		assertThat(rejected).as(rule).isNotNull();
		assertThat(rejected.violations()).as(rule)
			.anySatisfy(violation -> {
				assertThat(violation.code()).isEqualTo(code);
				assertThat(violation.field()).isEqualTo(field);
				assertThat(violation.detail()).isNotBlank();
			});
	}

	@Test
	void theValidBaseRequestPrices() {
		assertThat(OrderPricer.price(valid()).lines()).hasSize(2);
	}

	@Test
	void collectsEveryProblemOfTheRequestInRequestOrder() {
		PricingRequest request = new PricingRequest(USD,
				List.of(new LineItemInput("a", "0", null, usd(100), null, null, List.of("ghost"), null),
						new LineItemInput("b", "1.5", null, Money.of(1, "EUR"), null, null, null, null)),
				List.of(new TaxInput("t", null, "150", null, false)),
				List.of(new DiscountInput("d", null, "5", usd(1), null, false)),
				List.of(new ServiceChargeInput("c", "5", null, CalculationPhase.TOTAL_PHASE, true)));

		PricingException rejected = catchThrowableOfType(PricingException.class, () -> OrderPricer.price(request));

		assertThat(rejected.violations()).extracting(PricingViolation::code, PricingViolation::field)
			.containsExactly(tuple("VALUE_TOO_HIGH", "order.taxes[0].percentage"),
					tuple("INVALID_VALUE", "order.discounts[0].amount_money"),
					tuple("BAD_REQUEST", "order.service_charges[0].calculation_phase"),
					tuple("INVALID_VALUE", "order.line_items[0].applied_discounts[0].discount_uid"),
					tuple("VALUE_TOO_LOW", "order.line_items[0].quantity"),
					tuple("INVALID_VALUE", "order.line_items[1].quantity"),
					tuple("INVALID_VALUE", "order.line_items[1].base_price_money.currency"));
		assertThat(rejected).hasMessageContaining("VALUE_TOO_HIGH order.taxes[0].percentage").hasMessageContaining("6 more");
	}

	@Test
	void aLineMayReferToAnEntryWhoseOwnValueIsInvalidAndOnlyThatEntryIsReported() {
		PricingRequest listing = withReferences(List.of("tax"), null, null);
		PricingRequest request = new PricingRequest(USD, listing.lineItems(),
				List.of(new TaxInput("tax", null, "abc", null, false)), listing.discounts(), listing.serviceCharges());

		PricingException rejected = catchThrowableOfType(PricingException.class, () -> OrderPricer.price(request));

		assertThat(rejected.violations()).extracting(PricingViolation::field)
			.containsExactly("order.taxes[0].percentage");
	}

	@Test
	void violationsCannotBeChangedAfterTheFact() {
		PricingException rejected = catchThrowableOfType(PricingException.class, () -> OrderPricer.price(null));

		assertThatThrownBy(() -> rejected.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> new PricingException(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private static org.assertj.core.groups.Tuple tuple(Object... values) {
		return org.assertj.core.groups.Tuple.tuple(values);
	}


}
