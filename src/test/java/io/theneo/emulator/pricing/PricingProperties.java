package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of PRICING.md over random valid orders (see {@link RandomOrders}). */
class PricingProperties {

	@Provide
	Arbitrary<PricingRequest> orders() {
		return Arbitraries.randomValue(RandomOrders::generate);
	}

	@Property(tries = 300)
	void everyOrderLevelAmountIsTheSumOfItsShares(@ForAll("orders") PricingRequest request) {
		PricedOrder priced = OrderPricer.price(request);

		for (AppliedAmount discount : priced.discounts()) {
			long shares = priced.lines().stream().flatMap(line -> line.appliedDiscounts().stream())
				.filter(applied -> applied.uid().equals(discount.uid()))
				.mapToLong(applied -> applied.appliedMoney().amount()).sum();
			assertThat(shares).as(discount.uid()).isEqualTo(discount.appliedMoney().amount());
		}
		for (AppliedAmount tax : priced.taxes()) {
			long lineShares = priced.lines().stream().flatMap(line -> line.appliedTaxes().stream())
				.filter(applied -> applied.uid().equals(tax.uid()))
				.mapToLong(applied -> applied.appliedMoney().amount()).sum();
			long chargeShares = priced.serviceCharges().stream().flatMap(charge -> charge.appliedTaxes().stream())
				.filter(applied -> applied.uid().equals(tax.uid()))
				.mapToLong(applied -> applied.appliedMoney().amount()).sum();
			assertThat(lineShares + chargeShares).as(tax.uid()).isEqualTo(tax.appliedMoney().amount());
		}
		for (PricedServiceCharge charge : priced.serviceCharges()) {
			long lineShares = priced.lines().stream().flatMap(line -> line.appliedServiceCharges().stream())
				.filter(applied -> applied.uid().equals(charge.uid()))
				.mapToLong(applied -> applied.appliedMoney().amount()).sum();
			if (lineShares != 0) {
				assertThat(lineShares).as(charge.uid()).isEqualTo(charge.appliedMoney().amount());
			}
		}
	}

	@Property(tries = 300)
	void orderTotalsAreTheSumsOfLineTotalsPlusNonApportionedCharges(@ForAll("orders") PricingRequest request) {
		PricedOrder priced = OrderPricer.price(request);
		Map<String, CalculationPhase> phases = request.serviceCharges().stream()
			.collect(Collectors.toMap(ServiceChargeInput::uid, ServiceChargeInput::phase));
		List<PricedServiceCharge> orderCharges = priced.serviceCharges().stream()
			.filter(charge -> !phases.get(charge.uid()).isApportioned()).toList();

		assertThat(priced.totalMoney().amount()).isEqualTo(
				sum(priced.lines(), PricedLine::total) + sum(orderCharges, PricedServiceCharge::total));
		assertThat(priced.totalDiscountMoney().amount()).isEqualTo(sum(priced.lines(), PricedLine::totalDiscount));
		assertThat(priced.totalTaxMoney().amount()).isEqualTo(
				sum(priced.lines(), PricedLine::totalTax) + sum(priced.serviceCharges(), PricedServiceCharge::totalTax));
		assertThat(priced.totalServiceChargeMoney().amount()).isEqualTo(
				sum(priced.lines(), PricedLine::totalServiceCharge) + sum(orderCharges, PricedServiceCharge::appliedMoney));
		assertThat(priced.totalTipMoney().amount()).isZero();
		assertThat(priced.netAmounts().totalMoney()).isEqualTo(priced.totalMoney());
	}

	@Property(tries = 300)
	void lineTotalIsGrossLessDiscountsPlusAdditiveTaxAndApportionedCharges(@ForAll("orders") PricingRequest request) {
		PricedOrder priced = OrderPricer.price(request);
		Map<String, TaxType> types = new HashMap<>();
		priced.taxes().forEach(tax -> types.put(tax.uid(), tax.taxType()));

		for (PricedLine line : priced.lines()) {
			long additive = line.appliedTaxes().stream().filter(tax -> types.get(tax.uid()) == TaxType.ADDITIVE)
				.mapToLong(tax -> tax.appliedMoney().amount()).sum();
			long modifiers = line.modifierTotals().stream().mapToLong(Money::amount).sum();
			assertThat(line.grossSales().amount()).isEqualTo(line.variationTotalPrice().amount() + modifiers);
			assertThat(line.total().amount()).isEqualTo(line.grossSales().amount() - line.totalDiscount().amount()
					+ additive + line.totalServiceCharge().amount());
			assertThat(line.totalDiscount().amount())
				.isEqualTo(line.appliedDiscounts().stream().mapToLong(d -> d.appliedMoney().amount()).sum());
			assertThat(line.totalTax().amount())
				.isEqualTo(line.appliedTaxes().stream().mapToLong(t -> t.appliedMoney().amount()).sum());
		}
	}

	@Property(tries = 300)
	void noAmountIsEverNegative(@ForAll("orders") PricingRequest request) {
		Map<String, Long> flat = Flat.of(OrderPricer.price(request));

		assertThat(flat).allSatisfy((path, amount) -> assertThat(amount).as(path).isNotNegative());
	}

	@Property(tries = 300)
	void discountsNeverTakeALineBelowZeroNorAFixedOneBeyondItsAmount(@ForAll("orders") PricingRequest request) {
		PricedOrder priced = OrderPricer.price(request);
		Map<String, DiscountInput> inputs = request.discounts().stream()
			.collect(Collectors.toMap(DiscountInput::uid, discount -> discount));

		for (PricedLine line : priced.lines()) {
			assertThat(line.grossSales().amount() - line.totalDiscount().amount()).as(line.uid()).isNotNegative();
		}
		for (AppliedAmount discount : priced.discounts()) {
			DiscountInput input = inputs.get(discount.uid());
			if (input.amount() != null) {
				assertThat(discount.appliedMoney().amount()).isLessThanOrEqualTo(input.amount().amount());
			}
		}
	}

	@Property(tries = 300)
	void requestOrderOfDiscountsInDifferentTiersChangesNoAmount(@ForAll("orders") PricingRequest request,
			@ForAll long seed) {
		PricingRequest permuted = new PricingRequest(request.currency(), request.lineItems(), request.taxes(),
				interleaveTiers(request.discounts(), new Random(seed)), request.serviceCharges());

		PricedOrder original = OrderPricer.price(request);
		PricedOrder reordered = OrderPricer.price(permuted);

		assertThat(Flat.of(reordered)).isEqualTo(Flat.of(original));
		assertThat(reordered.discounts()).isEqualTo(original.discounts());
	}

	@Property(tries = 300)
	void pricingIsDeterministic(@ForAll("orders") PricingRequest request) {
		assertThat(OrderPricer.price(request)).isEqualTo(OrderPricer.price(request));
	}

	/** A random permutation that keeps the request order of discounts within each tier. */
	private static List<DiscountInput> interleaveTiers(List<DiscountInput> discounts, Random random) {
		Map<Integer, List<DiscountInput>> byTier = new HashMap<>();
		for (DiscountInput discount : discounts) {
			int tier = (discount.percentage() != null ? 0 : 2) + (discount.scope() == Scope.LINE_ITEM ? 0 : 1);
			byTier.computeIfAbsent(tier, key -> new ArrayList<>()).add(discount);
		}
		List<List<DiscountInput>> queues = new ArrayList<>(byTier.values());
		List<DiscountInput> permuted = new ArrayList<>();
		while (!queues.isEmpty()) {
			int pick = random.nextInt(queues.size());
			permuted.add(queues.get(pick).remove(0));
			if (queues.get(pick).isEmpty()) {
				queues.remove(pick);
			}
		}
		return permuted;
	}

	private static <T> long sum(List<T> items, java.util.function.Function<T, Money> money) {
		return items.stream().mapToLong(item -> money.apply(item).amount()).sum();
	}

}
