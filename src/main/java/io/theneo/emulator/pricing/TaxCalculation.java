package io.theneo.emulator.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The taxes of an order, after discounts and the charges that precede them. Participants of a tax are the lines it
 * applies to and, for an ORDER-scoped tax, the taxable subtotal-phase charges; they share one index space (lines
 * first, then charges) so both are split the same way and the charge shares are the last ones.
 *
 * <p>Inclusive taxes go first: the price already holds them, and the inclusive taxes of one participant share its
 * base, tax_i = base × r_i / (1 + Σ r). Additive taxes then apply to what is left once the inclusive tax is taken
 * out, since the base of a tax never contains another tax (Square: an additive tax is "added on top of the price"
 * and the inclusive tax is not part of the pretax price).
 */
final class TaxCalculation {

	private final ResolvedOrder order;

	private final List<ResolvedOrder.Tax> taxes;

	private final int lineCount;

	/** [tax][participant]: whether the tax applies there, and its share. */
	private final boolean[][] applies;

	private final long[][] shares;

	private final long[] taxApplied;

	private TaxCalculation(ResolvedOrder order) {
		this.order = order;
		this.taxes = order.taxes();
		this.lineCount = order.lines().size();
		int participants = lineCount + order.charges().size();
		this.applies = new boolean[taxes.size()][participants];
		this.shares = new long[taxes.size()][participants];
		this.taxApplied = new long[taxes.size()];
	}

	/**
	 * @param lineBases     each line's amount after discounts plus its taxable apportioned charges
	 * @param chargeApplied each charge's amount in request order; only taxable subtotal-phase ones are taxed
	 */
	static TaxCalculation compute(ResolvedOrder order, long[] lineBases, long[] chargeApplied) {
		TaxCalculation calculation = new TaxCalculation(order);
		calculation.run(bases(lineBases, chargeApplied));
		return calculation;
	}

	private static long[] bases(long[] lineBases, long[] chargeApplied) {
		long[] bases = new long[lineBases.length + chargeApplied.length];
		System.arraycopy(lineBases, 0, bases, 0, lineBases.length);
		System.arraycopy(chargeApplied, 0, bases, lineBases.length, chargeApplied.length);
		return bases;
	}

	private void run(long[] bases) {
		markParticipants();
		BigDecimal[] divisors = inclusiveDivisors(bases.length);
		long[] inclusiveTaken = new long[bases.length];
		for (int t = 0; t < taxes.size(); t++) {
			if (taxes.get(t).type() == TaxType.INCLUSIVE) {
				applyInclusive(t, bases, divisors, inclusiveTaken);
			}
		}
		for (int t = 0; t < taxes.size(); t++) {
			if (taxes.get(t).type() == TaxType.ADDITIVE) {
				applyAdditive(t, bases, inclusiveTaken);
			}
		}
	}

	private void markParticipants() {
		List<ResolvedOrder.Line> lines = order.lines();
		List<ResolvedOrder.Charge> charges = order.charges();
		for (int t = 0; t < taxes.size(); t++) {
			ResolvedOrder.Tax tax = taxes.get(t);
			for (int i = 0; i < lineCount; i++) {
				applies[t][i] = tax.appliesTo(lines.get(i));
			}
			for (int c = 0; c < charges.size(); c++) {
				ResolvedOrder.Charge charge = charges.get(c);
				applies[t][lineCount + c] = tax.scope() == Scope.ORDER && charge.taxable()
						&& charge.phase() == CalculationPhase.SUBTOTAL_PHASE;
			}
		}
	}

	/** 1 + the sum of the inclusive rates on each participant; null where no inclusive tax applies. */
	private BigDecimal[] inclusiveDivisors(int participants) {
		BigDecimal[] divisors = new BigDecimal[participants];
		for (int t = 0; t < taxes.size(); t++) {
			if (taxes.get(t).type() != TaxType.INCLUSIVE) {
				continue;
			}
			BigDecimal rate = taxes.get(t).rate();
			for (int k = 0; k < participants; k++) {
				if (applies[t][k]) {
					divisors[k] = (divisors[k] == null ? BigDecimal.ONE : divisors[k]).add(rate);
				}
			}
		}
		return divisors;
	}

	/**
	 * One inclusive tax: Σ base_k × r / d_k rounded once. Participants with different divisors d_k are brought to
	 * the common divisor D = Π distinct d, so the weights base_k × D / d_k stay exact decimals and the shares are
	 * proportional to each participant's exact tax.
	 */
	private void applyInclusive(int t, long[] bases, BigDecimal[] divisors, long[] inclusiveTaken) {
		List<BigDecimal> distinct = new ArrayList<>();
		for (int k = 0; k < bases.length; k++) {
			if (applies[t][k] && bases[k] > 0 && indexOf(distinct, divisors[k]) < 0) {
				distinct.add(divisors[k]);
			}
		}
		BigDecimal rate = taxes.get(t).rate();
		long[] taxShares;
		if (distinct.size() <= 1) {
			long[] weights = participantWeights(t, bases);
			long base = 0;
			for (long weight : weights) {
				base = Math.addExact(base, weight);
			}
			BigDecimal divisor = distinct.isEmpty() ? BigDecimal.ONE : distinct.get(0);
			long amount = Decimals.roundQuotient(BigDecimal.valueOf(base).multiply(rate), divisor);
			taxShares = Shares.split(amount, weights, null);
		}
		else {
			BigDecimal[] weights = new BigDecimal[bases.length];
			BigDecimal total = BigDecimal.ZERO;
			BigDecimal common = BigDecimal.ONE;
			for (BigDecimal divisor : distinct) {
				common = common.multiply(divisor);
			}
			for (int k = 0; k < bases.length; k++) {
				weights[k] = BigDecimal.ZERO;
				if (applies[t][k] && bases[k] > 0) {
					weights[k] = BigDecimal.valueOf(bases[k]).multiply(othersProduct(distinct, divisors[k]));
					total = total.add(weights[k]);
				}
			}
			long amount = Decimals.roundQuotient(total.multiply(rate), common);
			taxShares = Shares.split(amount, weights, null);
		}
		record(t, taxShares);
		for (int k = 0; k < bases.length; k++) {
			inclusiveTaken[k] = Math.addExact(inclusiveTaken[k], taxShares[k]);
		}
	}

	private void applyAdditive(int t, long[] bases, long[] inclusiveTaken) {
		long[] weights = participantWeights(t, bases);
		long base = 0;
		for (int k = 0; k < weights.length; k++) {
			// rounding can make the inclusive shares a unit larger than an exact split; never a negative base
			weights[k] = Math.max(0, weights[k] - inclusiveTaken[k]);
			base = Math.addExact(base, weights[k]);
		}
		long amount = Decimals.round(BigDecimal.valueOf(base).multiply(taxes.get(t).rate()));
		record(t, Shares.split(amount, weights, null));
	}

	private long[] participantWeights(int t, long[] bases) {
		long[] weights = new long[bases.length];
		for (int k = 0; k < bases.length; k++) {
			weights[k] = applies[t][k] ? Math.max(0, bases[k]) : 0;
		}
		return weights;
	}

	private void record(int t, long[] taxShares) {
		long applied = 0;
		for (int k = 0; k < taxShares.length; k++) {
			shares[t][k] = taxShares[k];
			applied = Math.addExact(applied, taxShares[k]);
		}
		taxApplied[t] = applied;
	}

	private static int indexOf(List<BigDecimal> values, BigDecimal value) {
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i).compareTo(value) == 0) {
				return i;
			}
		}
		return -1;
	}

	private static BigDecimal othersProduct(List<BigDecimal> distinct, BigDecimal own) {
		BigDecimal product = BigDecimal.ONE;
		for (BigDecimal divisor : distinct) {
			if (divisor.compareTo(own) != 0) {
				product = product.multiply(divisor);
			}
		}
		return product;
	}

	// ---- results

	List<AppliedAmount> applied() {
		List<AppliedAmount> applied = new ArrayList<>(taxes.size());
		for (int t = 0; t < taxes.size(); t++) {
			ResolvedOrder.Tax tax = taxes.get(t);
			applied.add(new AppliedAmount(tax.uid(), money(taxApplied[t]), tax.scope(), null, tax.type()));
		}
		return List.copyOf(applied);
	}

	long lineTax(int line) {
		return sum(line, false);
	}

	long lineAdditiveTax(int line) {
		return sum(line, true);
	}

	long chargeTax(int charge) {
		return sum(lineCount + charge, false);
	}

	long chargeAdditiveTax(int charge) {
		return sum(lineCount + charge, true);
	}

	List<LineApplied> lineApplied(int line) {
		return appliedAt(line);
	}

	List<LineApplied> chargeApplied(int charge) {
		return appliedAt(lineCount + charge);
	}

	private long sum(int participant, boolean additiveOnly) {
		long sum = 0;
		for (int t = 0; t < taxes.size(); t++) {
			if (!additiveOnly || taxes.get(t).type() == TaxType.ADDITIVE) {
				sum = Math.addExact(sum, shares[t][participant]);
			}
		}
		return sum;
	}

	private List<LineApplied> appliedAt(int participant) {
		List<LineApplied> applied = new ArrayList<>();
		for (int t = 0; t < taxes.size(); t++) {
			if (applies[t][participant]) {
				applied.add(new LineApplied(taxes.get(t).uid(), money(shares[t][participant])));
			}
		}
		return List.copyOf(applied);
	}

	private Money money(long amount) {
		return new Money(amount, order.currency());
	}

}
