package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The four calculation phases of service charges, and what taxes them. */
class ServiceChargesTest {

	private static Money usd(long amount) {
		return Money.of(amount, "USD");
	}

	private static LineItemInput line(String uid, long price, List<String> taxUids, List<String> chargeUids) {
		return new LineItemInput(uid, "1", null, usd(price), List.of(), taxUids, List.of(), chargeUids);
	}

	private static ServiceChargeInput amount(String uid, long amount, CalculationPhase phase, boolean taxable) {
		return new ServiceChargeInput(uid, null, usd(amount), phase, taxable);
	}

	private static ServiceChargeInput percent(String uid, String percentage, CalculationPhase phase, boolean taxable) {
		return new ServiceChargeInput(uid, percentage, null, phase, taxable);
	}

	@Test
	void taxableSubtotalChargeIsTaxedByOrderTaxesInTheSameRoundedAmount() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.tax("tax", "10")
			.charge(amount("svc", 200, null, true))
			.price();

		PricedServiceCharge charge = priced.serviceCharges().get(0);
		assertThat(charge).isEqualTo(new PricedServiceCharge("svc", usd(200), usd(200), usd(20), usd(220),
				List.of(new LineApplied("tax", usd(20)))));
		assertThat(priced.taxes().get(0).appliedMoney()).isEqualTo(usd(120));
		assertThat(priced.lines().get(0).totalTax()).isEqualTo(usd(100));
		assertThat(priced.totalTaxMoney()).isEqualTo(usd(120));
		assertThat(priced.totalServiceChargeMoney()).isEqualTo(usd(200));
		assertThat(priced.totalMoney()).isEqualTo(usd(1320));
	}

	@Test
	void percentageSubtotalChargeIsTakenAfterDiscountsAndNotTaxedUnlessTaxable() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.percentOff("off", "10", Scope.ORDER)
			.tax("tax", "10")
			.charge(percent("svc", "15", CalculationPhase.SUBTOTAL_PHASE, false))
			.price();

		assertThat(priced.serviceCharges().get(0)).isEqualTo(
				new PricedServiceCharge("svc", usd(135), usd(135), usd(0), usd(135), List.of()));
		assertThat(priced.totalMoney()).isEqualTo(usd(900 + 90 + 135));
	}

	@Test
	void lineItemTaxesDoNotTaxSubtotalCharges() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000, List.of("local"), List.of()))
			.tax(new TaxInput("local", null, "10", Scope.LINE_ITEM, false))
			.charge(amount("svc", 100, CalculationPhase.SUBTOTAL_PHASE, true))
			.price();

		assertThat(priced.serviceCharges().get(0).totalTax()).isEqualTo(usd(0));
		assertThat(priced.totalMoney()).isEqualTo(usd(1200));
	}

	@Test
	void totalPhaseChargeIsAPercentageOfEverythingBeforeItAndIsNeverTaxed() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.tax("tax", "10")
			.charge(amount("svc", 100, CalculationPhase.SUBTOTAL_PHASE, true))
			.charge(percent("tip-in", "10", CalculationPhase.TOTAL_PHASE, false))
			.price();

		// 1000 + 100 tax + 100 charge + 10 tax on it = 1210; 10 % of that = 121
		assertThat(priced.serviceCharges().get(1)).isEqualTo(
				new PricedServiceCharge("tip-in", usd(121), usd(121), usd(0), usd(121), List.of()));
		assertThat(priced.totalMoney()).isEqualTo(usd(1331));
		assertThat(priced.totalServiceChargeMoney()).isEqualTo(usd(221));
		assertThat(priced.totalTaxMoney()).isEqualTo(usd(110));
	}

	@Test
	void apportionedPercentageChargeIsSplitOverTheLinesAndCountedInTheirTotals() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.line("b", 500, "1")
			.charge(percent("svc", "10", CalculationPhase.APPORTIONED_PERCENTAGE_PHASE, false))
			.price();

		assertThat(priced.lines()).extracting(l -> l.totalServiceCharge().amount()).containsExactly(100L, 50L);
		assertThat(priced.lines()).extracting(l -> l.total().amount()).containsExactly(1100L, 550L);
		assertThat(priced.lines().get(0).appliedServiceCharges()).containsExactly(new LineApplied("svc", usd(100)));
		assertThat(priced.totalServiceChargeMoney()).isEqualTo(usd(150));
		assertThat(priced.totalMoney()).isEqualTo(usd(1650));
		assertThat(priced.serviceCharges().get(0)).isEqualTo(
				new PricedServiceCharge("svc", usd(150), usd(150), usd(0), usd(150), List.of()));
	}

	@Test
	void apportionedChargeListedByALineOnlyLandsOnTheLinesThatListIt() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000, List.of(), List.of()))
			.line(line("b", 500, List.of(), List.of("delivery")))
			.charge(amount("delivery", 300, CalculationPhase.APPORTIONED_AMOUNT_PHASE, false))
			.price();

		assertThat(priced.lines()).extracting(l -> l.totalServiceCharge().amount()).containsExactly(0L, 300L);
		assertThat(priced.lines().get(0).appliedServiceCharges()).isEmpty();
		assertThat(priced.totalMoney()).isEqualTo(usd(1800));
	}

	@Test
	void amountPhaseChargesComeAfterPercentagePhaseChargesAndSplitOverTheChargedAmounts() {
		PricedOrder priced = Orders.usd()
			.line(line("a", 1000, List.of(), List.of("ten")))
			.line(line("b", 3000, List.of(), List.of()))
			.charge(amount("flat", 410, CalculationPhase.APPORTIONED_AMOUNT_PHASE, false))
			.charge(new ServiceChargeInput("ten", "10", null, CalculationPhase.APPORTIONED_PERCENTAGE_PHASE, false))
			.price();

		// ten puts 100 on a; flat splits 410 over 1100 / 3000: 110 and 300
		assertThat(priced.lines().get(0).appliedServiceCharges()).containsExactly(new LineApplied("ten", usd(100)),
				new LineApplied("flat", usd(110)));
		assertThat(priced.lines().get(1).appliedServiceCharges()).containsExactly(new LineApplied("flat", usd(300)));
	}

	@Test
	void taxableApportionedChargeIsTaxedByTheTaxesOfItsLines() {
		PricedOrder taxable = Orders.usd()
			.line("a", 1000, "1")
			.tax("tax", "10")
			.charge(percent("svc", "10", CalculationPhase.APPORTIONED_PERCENTAGE_PHASE, true))
			.price();
		PricedOrder untaxed = Orders.usd()
			.line("a", 1000, "1")
			.tax("tax", "10")
			.charge(percent("svc", "10", CalculationPhase.APPORTIONED_PERCENTAGE_PHASE, false))
			.price();

		assertThat(taxable.lines().get(0).totalTax()).isEqualTo(usd(110));
		assertThat(taxable.totalMoney()).isEqualTo(usd(1210));
		assertThat(untaxed.lines().get(0).totalTax()).isEqualTo(usd(100));
		assertThat(untaxed.totalMoney()).isEqualTo(usd(1200));
	}

	@Test
	void apportionedChargeWithNoLineToCarryItAppliesNothing() {
		PricedOrder priced = Orders.usd()
			.line("free", 0, "1")
			.charge(amount("svc", 300, CalculationPhase.APPORTIONED_AMOUNT_PHASE, false))
			.price();

		assertThat(priced.serviceCharges().get(0).amount()).isEqualTo(usd(300));
		assertThat(priced.serviceCharges().get(0).appliedMoney()).isEqualTo(usd(0));
		assertThat(priced.totalMoney()).isEqualTo(usd(0));
	}

	@Test
	void subtotalPercentageIncludesApportionedCharges() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.charge(percent("svc", "10", CalculationPhase.SUBTOTAL_PHASE, false))
			.charge(percent("app", "10", CalculationPhase.APPORTIONED_PERCENTAGE_PHASE, false))
			.price();

		assertThat(priced.serviceCharges()).extracting(c -> c.appliedMoney().amount()).containsExactly(110L, 100L);
		assertThat(priced.totalMoney()).isEqualTo(usd(1210));
	}

}
