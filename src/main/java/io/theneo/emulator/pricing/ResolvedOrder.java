package io.theneo.emulator.pricing;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * A request that passed validation, with every default and inference applied, so the calculation never
 * re-checks or re-parses anything. Rates are fractions (9 % is 0.09), amounts minor units.
 */
record ResolvedOrder(Currency currency, List<Line> lines, List<Tax> taxes, List<Discount> discounts,
		List<Charge> charges) {

	record Line(String uid, long variationTotal, long[] modifierTotals, long gross, Set<String> taxUids,
			Set<String> discountUids, Set<String> chargeUids) {
	}

	record Tax(String uid, TaxType type, Scope scope, BigDecimal rate) {

		boolean appliesTo(Line line) {
			return scope == Scope.ORDER || line.taxUids().contains(uid);
		}

	}

	/** {@code rate} is set for percentage types, {@code amount} for amount types. */
	record Discount(int index, String uid, DiscountType type, Scope scope, BigDecimal rate, long amount,
			boolean catalogBacked) {

		boolean appliesTo(Line line) {
			return scope == Scope.ORDER || line.discountUids().contains(uid);
		}

		/** The four tiers of PRICING.md: line %, order %, line fixed, order fixed. */
		int tier() {
			int kind = type.isPercentage() ? 0 : 2;
			return kind + (scope == Scope.LINE_ITEM ? 0 : 1);
		}

	}

	/** {@code rate} is null for amount charges; {@code scope} matters only to apportioned ones. */
	record Charge(String uid, CalculationPhase phase, BigDecimal rate, long amount, boolean taxable, Scope scope) {

		boolean appliesTo(Line line) {
			return scope == Scope.ORDER || line.chargeUids().contains(uid);
		}

	}

}
