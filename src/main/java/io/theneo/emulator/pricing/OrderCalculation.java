package io.theneo.emulator.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One pass over a validated order, in the order of PRICING.md: discounts by tier, apportioned charges, subtotal
 * charges, inclusive then additive taxes, total charges. Each step rounds its amount once and splits it with
 * {@link Shares}. Per-line state lives in parallel arrays indexed by line position, which keeps a 500-line order
 * cheap; amounts are longs added with overflow checks (the pricer turns an overflow into VALUE_TOO_HIGH).
 */
final class OrderCalculation {

	private static final Comparator<ResolvedOrder.Discount> APPLICATION_ORDER = Comparator
		.comparingInt(ResolvedOrder.Discount::tier)
		.thenComparing(discount -> !discount.catalogBacked())
		.thenComparingInt(ResolvedOrder.Discount::index);

	private final ResolvedOrder order;

	private final List<ResolvedOrder.Line> lines;

	private final int lineCount;

	/** Gross minus the discounts applied so far. */
	private final long[] current;

	private final long[] discounted;

	private final long[] apportioned;

	/** The part of {@link #apportioned} that the line's taxes also tax. */
	private final long[] taxableApportioned;

	private final List<List<LineApplied>> lineDiscounts;

	private final List<List<LineApplied>> lineCharges;

	private final List<AppliedAmount> appliedDiscounts = new ArrayList<>();

	/** Per charge in request order: the charge before tax and what landed on the order. */
	private final long[] chargeAmount;

	private final long[] chargeApplied;

	private OrderCalculation(ResolvedOrder order) {
		this.order = order;
		this.lines = order.lines();
		this.lineCount = lines.size();
		this.current = new long[lineCount];
		this.discounted = new long[lineCount];
		this.apportioned = new long[lineCount];
		this.taxableApportioned = new long[lineCount];
		this.lineDiscounts = new ArrayList<>(lineCount);
		this.lineCharges = new ArrayList<>(lineCount);
		for (int i = 0; i < lineCount; i++) {
			current[i] = lines.get(i).gross();
			lineDiscounts.add(new ArrayList<>());
			lineCharges.add(new ArrayList<>());
		}
		this.chargeAmount = new long[order.charges().size()];
		this.chargeApplied = new long[order.charges().size()];
	}

	static PricedOrder price(ResolvedOrder order) {
		return new OrderCalculation(order).run();
	}

	private PricedOrder run() {
		applyDiscounts();
		applyApportionedCharges(CalculationPhase.APPORTIONED_PERCENTAGE_PHASE);
		applyApportionedCharges(CalculationPhase.APPORTIONED_AMOUNT_PHASE);
		applySubtotalCharges();
		TaxCalculation taxes = TaxCalculation.compute(order, lineTaxBases(), chargeApplied);
		long[] lineTotals = lineTotals(taxes);
		applyTotalCharges(lineTotals, taxes);
		return assemble(taxes, lineTotals);
	}

	// ---- discounts

	private void applyDiscounts() {
		List<ResolvedOrder.Discount> ordered = new ArrayList<>(order.discounts());
		ordered.sort(APPLICATION_ORDER);
		for (ResolvedOrder.Discount discount : ordered) {
			int[] participants = participants(discount::appliesTo);
			long[] weights = new long[participants.length];
			long base = 0;
			for (int p = 0; p < participants.length; p++) {
				weights[p] = current[participants[p]];
				base = Math.addExact(base, weights[p]);
			}
			long amount = discount.type().isPercentage() ? Decimals.round(BigDecimal.valueOf(base).multiply(discount.rate()))
					: Math.min(discount.amount(), base);
			// the weights double as caps: no discount share may exceed what is left of its line
			long[] shares = Shares.split(amount, weights, weights);
			for (int p = 0; p < participants.length; p++) {
				int line = participants[p];
				current[line] -= shares[p];
				discounted[line] += shares[p];
				lineDiscounts.get(line).add(new LineApplied(discount.uid(), money(shares[p])));
			}
			appliedDiscounts.add(new AppliedAmount(discount.uid(), money(amount), discount.scope(), discount.type(),
					null));
		}
	}

	// ---- service charges

	/** Apportioned charges compound: each one's base includes the apportioned charges applied before it. */
	private void applyApportionedCharges(CalculationPhase phase) {
		List<ResolvedOrder.Charge> charges = order.charges();
		for (int c = 0; c < charges.size(); c++) {
			ResolvedOrder.Charge charge = charges.get(c);
			if (charge.phase() != phase) {
				continue;
			}
			int[] participants = participants(charge::appliesTo);
			long[] weights = new long[participants.length];
			long base = 0;
			for (int p = 0; p < participants.length; p++) {
				int line = participants[p];
				weights[p] = Math.addExact(current[line], apportioned[line]);
				base = Math.addExact(base, weights[p]);
			}
			long amount = charge.rate() != null ? Decimals.round(BigDecimal.valueOf(base).multiply(charge.rate()))
					: charge.amount();
			long[] shares = Shares.split(amount, weights, null);
			long applied = 0;
			for (int p = 0; p < participants.length; p++) {
				int line = participants[p];
				apportioned[line] = Math.addExact(apportioned[line], shares[p]);
				if (charge.taxable()) {
					taxableApportioned[line] += shares[p];
				}
				applied += shares[p];
				lineCharges.get(line).add(new LineApplied(charge.uid(), money(shares[p])));
			}
			chargeAmount[c] = amount;
			chargeApplied[c] = applied;
		}
	}

	/** Subtotal charges are percentages of the lines after discounts and apportioned charges; they do not compound. */
	private void applySubtotalCharges() {
		long subtotal = 0;
		for (int i = 0; i < lineCount; i++) {
			subtotal = Math.addExact(subtotal, Math.addExact(current[i], apportioned[i]));
		}
		applyOrderCharges(CalculationPhase.SUBTOTAL_PHASE, subtotal);
	}

	/** Total charges are percentages of everything before them, taxes included; they do not compound. */
	private void applyTotalCharges(long[] lineTotals, TaxCalculation taxes) {
		long total = 0;
		for (long lineTotal : lineTotals) {
			total = Math.addExact(total, lineTotal);
		}
		List<ResolvedOrder.Charge> charges = order.charges();
		for (int c = 0; c < charges.size(); c++) {
			if (charges.get(c).phase() == CalculationPhase.SUBTOTAL_PHASE) {
				total = Math.addExact(total, Math.addExact(chargeApplied[c], taxes.chargeAdditiveTax(c)));
			}
		}
		applyOrderCharges(CalculationPhase.TOTAL_PHASE, total);
	}

	private void applyOrderCharges(CalculationPhase phase, long base) {
		List<ResolvedOrder.Charge> charges = order.charges();
		for (int c = 0; c < charges.size(); c++) {
			ResolvedOrder.Charge charge = charges.get(c);
			if (charge.phase() == phase) {
				chargeAmount[c] = charge.rate() != null ? Decimals.round(BigDecimal.valueOf(base).multiply(charge.rate()))
						: charge.amount();
				chargeApplied[c] = chargeAmount[c];
			}
		}
	}

	// ---- taxes and totals

	/** What the line's taxes are computed on: its discounted amount plus its taxable apportioned charges. */
	private long[] lineTaxBases() {
		long[] bases = new long[lineCount];
		for (int i = 0; i < lineCount; i++) {
			bases[i] = Math.addExact(current[i], taxableApportioned[i]);
		}
		return bases;
	}

	private long[] lineTotals(TaxCalculation taxes) {
		long[] totals = new long[lineCount];
		for (int i = 0; i < lineCount; i++) {
			totals[i] = Math.addExact(Math.addExact(current[i], apportioned[i]), taxes.lineAdditiveTax(i));
		}
		return totals;
	}

	private PricedOrder assemble(TaxCalculation taxes, long[] lineTotals) {
		long totalDiscount = 0;
		long totalTax = 0;
		long totalCharges = 0;
		long total = 0;
		List<PricedLine> pricedLines = new ArrayList<>(lineCount);
		for (int i = 0; i < lineCount; i++) {
			ResolvedOrder.Line line = lines.get(i);
			long lineTax = taxes.lineTax(i);
			totalDiscount = Math.addExact(totalDiscount, discounted[i]);
			totalTax = Math.addExact(totalTax, lineTax);
			totalCharges = Math.addExact(totalCharges, apportioned[i]);
			total = Math.addExact(total, lineTotals[i]);
			List<Money> modifierTotals = new ArrayList<>(line.modifierTotals().length);
			for (long modifierTotal : line.modifierTotals()) {
				modifierTotals.add(money(modifierTotal));
			}
			pricedLines.add(new PricedLine(line.uid(), money(line.variationTotal()), List.copyOf(modifierTotals),
					money(line.gross()), money(discounted[i]), money(lineTax), money(apportioned[i]),
					money(lineTotals[i]), List.copyOf(lineDiscounts.get(i)), taxes.lineApplied(i),
					List.copyOf(lineCharges.get(i))));
		}
		List<PricedServiceCharge> charges = new ArrayList<>(chargeAmount.length);
		for (int c = 0; c < chargeAmount.length; c++) {
			ResolvedOrder.Charge charge = order.charges().get(c);
			long chargeTax = taxes.chargeTax(c);
			long chargeTotal = Math.addExact(chargeApplied[c], taxes.chargeAdditiveTax(c));
			totalTax = Math.addExact(totalTax, chargeTax);
			if (!charge.phase().isApportioned()) {
				// apportioned charges are already inside the line totals
				totalCharges = Math.addExact(totalCharges, chargeApplied[c]);
				total = Math.addExact(total, chargeTotal);
			}
			charges.add(new PricedServiceCharge(charge.uid(), money(chargeAmount[c]), money(chargeApplied[c]),
					money(chargeTax), money(chargeTotal), taxes.chargeApplied(c)));
		}
		return new PricedOrder(List.copyOf(pricedLines), List.copyOf(appliedDiscounts), taxes.applied(),
				List.copyOf(charges), money(total), money(totalTax), money(totalDiscount), money(0),
				money(totalCharges));
	}

	// ---- helpers

	private interface LineTest {
		boolean test(ResolvedOrder.Line line);
	}

	private int[] participants(LineTest appliesTo) {
		int[] buffer = new int[lineCount];
		int count = 0;
		for (int i = 0; i < lineCount; i++) {
			if (appliesTo.test(lines.get(i))) {
				buffer[count++] = i;
			}
		}
		return count == lineCount ? buffer : java.util.Arrays.copyOf(buffer, count);
	}

	private Money money(long amount) {
		return new Money(amount, order.currency());
	}

}
