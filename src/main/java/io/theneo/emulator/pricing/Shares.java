package io.theneo.emulator.pricing;

import java.math.BigDecimal;

/**
 * Splits one rounded amount over the participants of a discount, tax or charge in proportion to their weights:
 * every share but the last is rounded half-even on its own and the last participant with a non-zero weight takes
 * the remainder, so the shares always add up to the amount. Zero-weight participants take nothing.
 *
 * <p>With many participants the rounded shares can overshoot, leaving the last one a negative remainder or (for a
 * discount) more than its line is worth. The rules never allow a negative share nor a discount taking a line below
 * zero, so the excess is then moved to the previous participants, nearest first, within their own limits. That
 * only happens where the plain rule would break an invariant; the worked examples never reach it.
 */
final class Shares {

	private Shares() {
	}

	/**
	 * @param caps upper bound of each share (a discount's line amounts), or null for none; the amount must not
	 *             exceed their sum
	 */
	static long[] split(long amount, long[] weights, long[] caps) {
		long[] shares = new long[weights.length];
		int last = lastPositive(weights.length, i -> weights[i] > 0);
		if (last < 0) {
			return shares;
		}
		long total = 0;
		for (long weight : weights) {
			total = Math.addExact(total, weight);
		}
		long given = 0;
		for (int i = 0; i < last; i++) {
			if (weights[i] > 0) {
				shares[i] = Decimals.roundMulDiv(amount, weights[i], total);
				given = Math.addExact(given, shares[i]);
			}
		}
		shares[last] = Math.subtractExact(amount, given);
		settle(shares, last, caps);
		return shares;
	}

	/** The same split for exact fractional weights (inclusive taxes, whose weights carry their divisors). */
	static long[] split(long amount, BigDecimal[] weights, long[] caps) {
		long[] shares = new long[weights.length];
		int last = lastPositive(weights.length, i -> weights[i].signum() > 0);
		if (last < 0) {
			return shares;
		}
		BigDecimal total = BigDecimal.ZERO;
		for (BigDecimal weight : weights) {
			total = total.add(weight);
		}
		BigDecimal exactAmount = BigDecimal.valueOf(amount);
		long given = 0;
		for (int i = 0; i < last; i++) {
			if (weights[i].signum() > 0) {
				shares[i] = Decimals.roundQuotient(exactAmount.multiply(weights[i]), total);
				given = Math.addExact(given, shares[i]);
			}
		}
		shares[last] = Math.subtractExact(amount, given);
		settle(shares, last, caps);
		return shares;
	}

	private interface IndexTest {
		boolean test(int index);
	}

	private static int lastPositive(int length, IndexTest positive) {
		for (int i = length - 1; i >= 0; i--) {
			if (positive.test(i)) {
				return i;
			}
		}
		return -1;
	}

	private static void settle(long[] shares, int last, long[] caps) {
		if (shares[last] < 0) {
			long deficit = -shares[last];
			shares[last] = 0;
			for (int i = last - 1; i >= 0 && deficit > 0; i--) {
				long take = Math.min(shares[i], deficit);
				shares[i] -= take;
				deficit -= take;
			}
		}
		if (caps != null && shares[last] > caps[last]) {
			long excess = shares[last] - caps[last];
			shares[last] = caps[last];
			for (int i = last - 1; i >= 0 && excess > 0; i--) {
				long give = Math.min(caps[i] - shares[i], excess);
				shares[i] += give;
				excess -= give;
			}
		}
	}

}
