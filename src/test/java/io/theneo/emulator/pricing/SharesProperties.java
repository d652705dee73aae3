package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The splitter on its own: shares add up, respect caps, skip zero weights, and round half-even where they can. */
class SharesProperties {

	@Property(tries = 300)
	void sharesAddUpToTheAmountAndStayWithinTheirLines(
			@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 1_000_000) Long> lines,
			@ForAll @LongRange(min = 0, max = 100) long percentOfTotal) {
		long[] weights = lines.stream().mapToLong(Long::longValue).toArray();
		long total = lines.stream().mapToLong(Long::longValue).sum();
		long amount = total * percentOfTotal / 100;

		long[] shares = Shares.split(amount, weights, weights);

		assertThat(java.util.Arrays.stream(shares).sum()).isEqualTo(amount);
		for (int i = 0; i < shares.length; i++) {
			assertThat(shares[i]).isBetween(0L, weights[i]);
		}
	}

	@Property(tries = 300)
	void everyShareButTheLastIsTheHalfEvenRoundingOfItsExactShare(
			@ForAll @Size(min = 2, max = 12) List<@LongRange(min = 1, max = 1_000_000) Long> lines,
			@ForAll @LongRange(min = 0, max = 10_000_000) long amount) {
		long[] weights = lines.stream().mapToLong(Long::longValue).toArray();
		long total = lines.stream().mapToLong(Long::longValue).sum();

		long[] shares = Shares.split(amount, weights, null);

		long given = 0;
		for (int i = 0; i < shares.length - 1; i++) {
			BigDecimal exact = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(weights[i]));
			long rounded = exact.divide(BigDecimal.valueOf(total), 0, RoundingMode.HALF_EVEN).longValueExact();
			given += rounded;
			if (given <= amount) {
				// unsettled: the plain rule held
				assertThat(shares[i]).isEqualTo(rounded);
			}
		}
		assertThat(java.util.Arrays.stream(shares).sum()).isEqualTo(amount);
		assertThat(java.util.Arrays.stream(shares).min().orElse(0)).isNotNegative();
	}

	@Property(tries = 300)
	void zeroWeightsTakeNothing(@ForAll @Size(min = 1, max = 12) List<@LongRange(min = 0, max = 3) Long> lines,
			@ForAll @LongRange(min = 0, max = 50) long amount) {
		long[] weights = lines.stream().mapToLong(Long::longValue).toArray();

		long[] shares = Shares.split(amount, weights, null);

		for (int i = 0; i < shares.length; i++) {
			if (weights[i] == 0) {
				assertThat(shares[i]).isZero();
			}
		}
	}

}
