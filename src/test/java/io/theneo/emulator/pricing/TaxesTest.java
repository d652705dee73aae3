package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Additive and inclusive taxes, their scopes, and how they share a line. */
class TaxesTest {

	private static Money usd(long amount) {
		return Money.of(amount, "USD");
	}

	private static LineItemInput line(String uid, long price, String... taxUids) {
		return new LineItemInput(uid, "1", null, usd(price), List.of(), List.of(taxUids), List.of(), List.of());
	}

	@Test
	void lineItemTaxOnlyTaxesTheLinesThatListIt() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000, "local"))
			.line(line("b", 1000))
			.tax("state", "10")
			.tax(new TaxInput("local", null, "5", Scope.LINE_ITEM, false))
			.price();

		assertThat(priced.lines().get(0).appliedTaxes()).containsExactly(new LineApplied("state", usd(100)),
				new LineApplied("local", usd(50)));
		assertThat(priced.lines().get(1).appliedTaxes()).containsExactly(new LineApplied("state", usd(100)));
		assertThat(priced.taxes()).extracting(t -> t.appliedMoney().amount()).containsExactly(200L, 50L);
		assertThat(priced.totalMoney()).isEqualTo(usd(2250));
	}

	@Test
	void taxWithoutTypeIsAdditiveAndScopeIsInferredFromTheLines() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000, "listed"))
			.line(line("b", 1000))
			.tax(new TaxInput("listed", null, "5", null, false))
			.tax(new TaxInput("everywhere", null, "10", null, false))
			.price();

		assertThat(priced.taxes()).extracting(AppliedAmount::taxType).containsOnly(TaxType.ADDITIVE);
		assertThat(priced.taxes()).extracting(AppliedAmount::scope).containsExactly(Scope.LINE_ITEM, Scope.ORDER);
		assertThat(priced.totalTaxMoney()).isEqualTo(usd(250));
	}

	@Test
	void inclusiveTaxesOnOneLineShareItsBase() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000))
			.tax(new TaxInput("ten", TaxType.INCLUSIVE, "10", Scope.ORDER, false))
			.tax(new TaxInput("five", TaxType.INCLUSIVE, "5", Scope.ORDER, false))
			.price();

		// 1000 x 0.10 / 1.15 = 86.96 -> 87; 1000 x 0.05 / 1.15 = 43.48 -> 43
		assertThat(priced.taxes()).extracting(t -> t.appliedMoney().amount()).containsExactly(87L, 43L);
		assertThat(priced.lines().get(0).totalTax()).isEqualTo(usd(130));
		assertThat(priced.totalMoney()).isEqualTo(usd(1000));
	}

	@Test
	void inclusiveOrderTaxOverLinesWithDifferentInclusiveRatesSplitsByEachLinesExactTax() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1100, "extra"))
			.line(line("b", 1100))
			.tax(new TaxInput("vat", TaxType.INCLUSIVE, "10", Scope.ORDER, false))
			.tax(new TaxInput("extra", TaxType.INCLUSIVE, "10", Scope.LINE_ITEM, false))
			.price();

		// vat: 1100 x 0.1 / 1.2 + 1100 x 0.1 / 1.1 = 91.67 + 100 = 191.67 -> 192, split 92 / 100
		assertThat(priced.taxes()).extracting(t -> t.appliedMoney().amount()).containsExactly(192L, 92L);
		assertThat(priced.lines().get(0).appliedTaxes()).containsExactly(new LineApplied("vat", usd(92)),
				new LineApplied("extra", usd(92)));
		assertThat(priced.lines().get(1).appliedTaxes()).containsExactly(new LineApplied("vat", usd(100)));
		assertThat(priced.totalMoney()).isEqualTo(usd(2200));
		assertThat(priced.totalTaxMoney()).isEqualTo(usd(284));
	}

	@Test
	void additiveTaxOnALineWithAnInclusiveTaxIsComputedOnThePretaxAmount() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1100))
			.tax(new TaxInput("city", TaxType.ADDITIVE, "5", Scope.ORDER, false))
			.tax(new TaxInput("vat", TaxType.INCLUSIVE, "10", Scope.ORDER, false))
			.price();

		// vat 1100 x 0.1 / 1.1 = 100 inside the price; city 5 % of 1000 = 50 on top
		assertThat(priced.taxes()).extracting(AppliedAmount::uid, t -> t.appliedMoney().amount())
			.containsExactly(org.assertj.core.groups.Tuple.tuple("city", 50L), org.assertj.core.groups.Tuple.tuple("vat", 100L));
		assertThat(priced.lines().get(0).totalTax()).isEqualTo(usd(150));
		assertThat(priced.totalMoney()).isEqualTo(usd(1150));
	}

	@Test
	void taxesApplyAfterAllDiscounts() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000))
			.amountOff("off", 200, Scope.ORDER)
			.tax("tax", "10")
			.price();

		assertThat(priced.totalTaxMoney()).isEqualTo(usd(80));
		assertThat(priced.totalMoney()).isEqualTo(usd(880));
	}

	@Test
	void zeroPercentTaxIsListedWithZero() {
		PricedOrder priced = Orders.usd().line(line("a", 1000)).tax("exempt", "0").price();

		assertThat(priced.lines().get(0).appliedTaxes()).containsExactly(new LineApplied("exempt", usd(0)));
	}

}
