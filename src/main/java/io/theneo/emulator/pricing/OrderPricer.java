package io.theneo.emulator.pricing;

import java.util.List;

/**
 * Computes every money field of an order by the rules of {@code shared/spec/PRICING.md}: exact decimals, one
 * half-even rounding per computed amount, discounts in four tiers (line %, order %, line fixed, order fixed;
 * catalog-backed first within a tier, then request order), each discount and tax computed once on the sum of the
 * lines it applies to and split in proportion, the last participating line taking the remainder.
 *
 * <p>Where PRICING.md is silent, this engine does what Square documents or does:
 * <ul>
 * <li><b>Scope left out</b>: LINE_ITEM when some line lists the uid, else ORDER (so an entry that no line names
 * applies to the whole order). The same holds for apportioned service charges, which have no scope input.</li>
 * <li><b>A line listing an ORDER-scoped entry</b> is accepted (Square writes those references itself); it still
 * applies once.</li>
 * <li><b>Additive and inclusive taxes on one line</b>: inclusive taxes are computed first; additive taxes apply to
 * the line's amount less its inclusive tax, as Square's "pretax cost" is the price without the inclusive tax.</li>
 * <li><b>Apportioned service charges</b> compound like discounts, in reverse: percentage-phase charges first (each
 * on the lines' amounts after discounts and earlier apportioned charges), then amount-phase charges, each in request
 * order, split over the lines in proportion to those amounts. A {@code taxable} apportioned charge is taxed by the
 * taxes of the lines it lands on (its shares join those lines' tax base); the tax is reported on the lines, so the
 * charge's own total_tax_money is 0. An apportioned charge with no non-zero line to carry it applies 0.</li>
 * <li><b>Percentage service charge bases</b>: SUBTOTAL_PHASE charges take the sum of the lines after discounts and
 * apportioned charges, before taxes; TOTAL_PHASE charges take the order total before them (lines with their
 * additive taxes plus subtotal charges with theirs). Charges of one of these phases do not compound with each
 * other.</li>
 * <li><b>Taxable SUBTOTAL_PHASE charges</b> are taxed by every ORDER-scoped tax (additive or inclusive); they join
 * the tax's split after the lines, so the tax is still rounded once for the whole order.</li>
 * <li><b>Shares that would break an invariant</b> (a negative remainder, or a discount share beyond what is left of
 * its line, possible when many half-even roundings go the same way) move the excess to the preceding participants;
 * see {@link Shares}.</li>
 * <li><b>Fixed discounts larger than their lines</b> apply only what the lines are worth: applied_money is capped
 * at their sum.</li>
 * </ul>
 *
 * <p>Validation collects every problem before failing: see {@link RequestValidator}. Amounts that would not fit in
 * an int64 are reported as VALUE_TOO_HIGH.
 */
public final class OrderPricer {

	private OrderPricer() {
	}

	/** @throws PricingException listing every problem of the request */
	public static PricedOrder price(PricingRequest request) {
		ResolvedOrder order = RequestValidator.validate(request);
		try {
			return OrderCalculation.price(order);
		}
		catch (ArithmeticException overflow) {
			// every line fits (the validator checks that); only sums over the order can still overflow
			throw new PricingException(List.of(new PricingViolation(PricingViolation.VALUE_TOO_HIGH,
					"The order's amounts exceed the largest amount an order can hold.", "order")));
		}
	}

}
