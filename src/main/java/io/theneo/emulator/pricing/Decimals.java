package io.theneo.emulator.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Exact decimal parsing and the one rounding the rules allow: half-even, to a whole minor unit, once. */
final class Decimals {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Square's decimal strings: digits and an optional fraction; a sign only so negatives can be called too low. */
	private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

	/** Longer strings are not decimals any request means; refusing them keeps parsing cheap. */
	private static final int MAX_LENGTH = 32;

	private Decimals() {
	}

	/** @return the exact value, or null when the text is not a plain decimal number */
	static BigDecimal parse(String text) {
		if (text == null || text.length() > MAX_LENGTH || !DECIMAL.matcher(text).matches()) {
			return null;
		}
		return new BigDecimal(text);
	}

	/** Half-even to an integer; throws ArithmeticException past int64, which the pricer reports as VALUE_TOO_HIGH. */
	static long round(BigDecimal exact) {
		return exact.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
	}

	/** {@code round(numerator / denominator)} computed exactly, even when the quotient does not terminate. */
	static long roundQuotient(BigDecimal numerator, BigDecimal denominator) {
		return numerator.divide(denominator, 0, RoundingMode.HALF_EVEN).longValueExact();
	}

	/** {@code round(a × b / c)} for non-negative a, b and positive c, without leaving long arithmetic when it fits. */
	static long roundMulDiv(long a, long b, long c) {
		long high = Math.multiplyHigh(a, b);
		long product = a * b;
		if (high != 0 || product < 0) {
			return roundQuotient(BigDecimal.valueOf(a).multiply(BigDecimal.valueOf(b)), BigDecimal.valueOf(c));
		}
		long quotient = product / c;
		long remainder = product % c;
		// compare remainder with c - remainder rather than 2 × remainder with c, which could overflow
		int half = Long.compare(remainder, c - remainder);
		if (half > 0 || (half == 0 && (quotient & 1) == 1)) {
			quotient++;
		}
		return quotient;
	}

}
