package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** PRICING.md's rounding examples: half-even, once, on the exact value. */
class RoundingTest {

	@ParameterizedTest(name = "{0} rounds to {1}")
	@CsvSource({ "70.5, 70", "354.85, 355", "50.5, 50", "327.4875, 327", "71.5, 72", "0.5, 0", "1.5, 2", "2.5, 2",
			"2.5000001, 3", "9223372036854775807.4, 9223372036854775807" })
	void roundsHalfEvenToWholeMinorUnits(BigDecimal exact, long rounded) {
		assertThat(Decimals.round(exact)).isEqualTo(rounded);
	}

	@ParameterizedTest(name = "{0} x {1} / {2} = {3}")
	@CsvSource({ "1, 1, 2, 0", "3, 1, 2, 2", "5, 1, 2, 2", "7, 1, 2, 4", "1, 1, 3, 0", "2, 1, 3, 1", "30, 1599, 6099, 8",
			"303, 1591, 6069, 79", "510, 1512, 5666, 136", "9223372036854775807, 3, 4, 6917529027641081855",
			"9223372036854775807, 9223372036854775807, 9223372036854775807, 9223372036854775807" })
	void splitsShareWithOneExactRoundingEvenPastLongProducts(long a, long b, long c, long expected) {
		assertThat(Decimals.roundMulDiv(a, b, c)).isEqualTo(expected);
	}

	static Stream<Arguments> taxExamples() {
		return Stream.of(
				// 600 x 11.75 % = 70.5 -> 70 (half to even, down)
				Arguments.of(600L, "11.75", 70L),
				// 3020 x 11.75 % = 354.85 -> 355
				Arguments.of(3020L, "11.75", 355L),
				// 1010 x 5 % = 50.5 -> 50: "0.505 -> 0.50"
				Arguments.of(1010L, "5", 50L),
				// 26199 x 1.25 % = 327.4875 -> 327; rounding in stages (327.49 -> 327.5 -> 328) would be wrong
				Arguments.of(26199L, "1.25", 327L));
	}

	@ParameterizedTest(name = "{0} at {1} % is taxed {2}")
	@MethodSource("taxExamples")
	void additiveTaxIsRoundedOnceOnTheExactProduct(long price, String percentage, long tax) {
		PricedOrder priced = Orders.usd().line("line", price, "1").tax("tax", percentage).price();

		assertThat(priced.totalTaxMoney().amount()).isEqualTo(tax);
		assertThat(priced.totalMoney().amount()).isEqualTo(price + tax);
	}

	@ParameterizedTest(name = "{0} at {1} % off is discounted {2}")
	@CsvSource({ "101, 50, 50", "103, 50, 52", "6099, 0.5, 30", "1, 50, 0", "3, 50, 2" })
	void percentageDiscountIsRoundedHalfEven(long price, String percentage, long discount) {
		PricedOrder priced = Orders.usd().line("line", price, "1").percentOff("off", percentage, Scope.ORDER).price();

		assertThat(priced.totalDiscountMoney().amount()).isEqualTo(discount);
	}

	@ParameterizedTest(name = "{0} x {1} = {2}")
	@CsvSource({ "199, 2.25, 448", "333, 1.5, 500", "100, 0.005, 0", "300, 0.005, 2", "1, 2.5, 2", "1, 3.5, 4" })
	void decimalQuantityTimesPriceIsRoundedOnce(long price, String quantity, long total) {
		PricedOrder priced = Orders.usd()
			.line(new LineItemInput("l", quantity, 3, Money.of(price, "USD"), null, null, null, null))
			.price();

		assertThat(priced.lines().get(0).variationTotalPrice().amount()).isEqualTo(total);
	}

}
