package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Amounts are minor units whatever the currency: yen have none, dinars have three digits of fils. */
class CurrencyTest {

	@ParameterizedTest(name = "{0} has {1} minor-unit digits")
	@CsvSource({ "USD, 2", "JPY, 0", "KWD, 3" })
	void moneyKnowsItsMinorUnits(String code, int digits) {
		assertThat(Money.of(1, code).minorUnitDigits()).isEqualTo(digits);
	}

	@Test
	void moneyAddsAndSubtractsWithinOneCurrency() {
		Money five = Money.of(500, "USD");

		assertThat(five.plus(Money.of(25, "USD"))).isEqualTo(Money.of(525, "USD"));
		assertThat(five.minus(Money.of(600, "USD"))).isEqualTo(Money.of(-100, "USD"));
		assertThat(Money.zero(Currency.getInstance("JPY")).isZero()).isTrue();
		assertThat(five.isZero()).isFalse();
		assertThat(five).hasToString("500 USD");
	}

	@Test
	void moneyRefusesToMixCurrenciesOrOverflow() {
		assertThatThrownBy(() -> Money.of(1, "USD").plus(Money.of(1, "JPY")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.of(1, "USD").minus(Money.of(1, "KWD")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "USD").plus(Money.of(1, "USD")))
			.isInstanceOf(ArithmeticException.class);
		assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void yenOrderRoundsToWholeYen() {
		PricedOrder priced = Orders.in("JPY")
			.line("ramen", 980, "3")
			.line("gyoza", 1234, "1")
			.tax("consumption", "8")
			.percentOff("lunch", "7.5", Scope.ORDER)
			.price();

		// 7.5 % of 4174 = 313.05 -> 313, split 313 x 2940/4174 = 220.46 -> 220, last 93
		assertThat(priced.discounts().get(0).appliedMoney()).isEqualTo(Money.of(313, "JPY"));
		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(220L, 93L);
		// 8 % of 3861 = 308.88 -> 309, split 309 x 2720/3861 = 217.68 -> 218, last 91
		assertThat(priced.lines()).extracting(line -> line.totalTax().amount()).containsExactly(218L, 91L);
		assertThat(priced.totalMoney()).isEqualTo(Money.of(4174 - 313 + 309, "JPY"));
	}

	@Test
	void yenInclusiveTax() {
		PricedOrder priced = Orders.in("JPY")
			.line("bento", 1234, "1")
			.tax(new TaxInput("consumption", TaxType.INCLUSIVE, "10", Scope.ORDER, false))
			.price();

		// 1234 x 0.1 / 1.1 = 112.18 -> 112
		assertThat(priced.totalTaxMoney()).isEqualTo(Money.of(112, "JPY"));
		assertThat(priced.totalMoney()).isEqualTo(Money.of(1234, "JPY"));
	}

	@Test
	void dinarOrderRoundsToWholeFils() {
		PricedOrder priced = Orders.in("KWD")
			.line(new LineItemInput("dates", "1.5", 1, Money.of(1250, "KWD"), List.of(), List.of(), List.of(),
					List.of()))
			.tax("vat", "5")
			.price();

		// 1.250 KWD x 1.5 = 1.875; 5 % = 0.09375 -> 0.094
		assertThat(priced.lines().get(0).variationTotalPrice()).isEqualTo(Money.of(1875, "KWD"));
		assertThat(priced.totalTaxMoney()).isEqualTo(Money.of(94, "KWD"));
		assertThat(priced.totalMoney()).isEqualTo(Money.of(1969, "KWD"));
	}

	@Test
	void everyAmountCarriesTheOrderCurrency() {
		PricedOrder priced = Orders.in("KWD").line("a", 1000, "2").tax("t", "5").price();

		assertThat(Flat.of(priced)).isNotEmpty();
		assertThat(priced.totalTipMoney()).isEqualTo(Money.of(0, "KWD"));
	}

}
