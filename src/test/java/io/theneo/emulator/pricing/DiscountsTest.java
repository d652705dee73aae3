package io.theneo.emulator.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Discount tiers, caps, shares and scope inference. */
class DiscountsTest {

	@Test
	void lineItemPercentageGoesBeforeOrderPercentageWhateverTheRequestOrder() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1", "line-10")
			.line("b", 1000, "1")
			.percentOff("order-10", "10", Scope.ORDER)
			.percentOff("line-10", "10", Scope.LINE_ITEM)
			.price();

		// line-10 takes 100 off a; order-10 is 10 % of 1900 = 190, split 90 / 100
		assertThat(priced.discounts()).extracting(AppliedAmount::uid).containsExactly("line-10", "order-10");
		assertThat(priced.discounts()).extracting(d -> d.appliedMoney().amount()).containsExactly(100L, 190L);
		assertThat(priced.lines().get(0).appliedDiscounts())
			.containsExactly(new LineApplied("line-10", Money.of(100, "USD")), new LineApplied("order-10", Money.of(90, "USD")));
		assertThat(priced.lines().get(1).totalDiscount()).isEqualTo(Money.of(100, "USD"));
	}

	@Test
	void fixedAmountsGoAfterPercentagesLineBeforeOrder() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1", "line-fixed")
			.amountOff("order-fixed", 100, Scope.ORDER)
			.amountOff("line-fixed", 50, Scope.LINE_ITEM)
			.percentOff("order-10", "10", Scope.ORDER)
			.price();

		// 10 % of 1000 first, then 50, then 100: the percentage never sees the fixed amounts
		assertThat(priced.discounts()).extracting(AppliedAmount::uid)
			.containsExactly("order-10", "line-fixed", "order-fixed");
		assertThat(priced.totalDiscountMoney()).isEqualTo(Money.of(250, "USD"));
		assertThat(priced.totalMoney()).isEqualTo(Money.of(750, "USD"));
	}

	@Test
	void percentagesCompoundWithinATier() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1")
			.percentOff("first", "10", Scope.ORDER)
			.percentOff("second", "10", Scope.ORDER)
			.price();

		assertThat(priced.discounts()).extracting(d -> d.appliedMoney().amount()).containsExactly(100L, 90L);
	}

	@Test
	void catalogBackedDiscountsGoFirstWithinTheirTier() {
		Orders order = Orders.usd();
		PricedOrder priced = order.line("a", 1000, "1")
			.amountOff("adhoc", 300, Scope.ORDER)
			.discount(new DiscountInput("catalog", DiscountType.FIXED_AMOUNT, null, order.money(800), Scope.ORDER, true))
			.price();

		// the catalog discount takes 800; the ad-hoc one finds only 200 left
		assertThat(priced.discounts()).extracting(AppliedAmount::uid).containsExactly("catalog", "adhoc");
		assertThat(priced.discounts()).extracting(d -> d.appliedMoney().amount()).containsExactly(800L, 200L);
		assertThat(priced.totalMoney()).isEqualTo(Money.of(0, "USD"));
	}

	@Test
	void fixedDiscountLargerThanTheOrderTakesItToZeroNotBelow() {
		PricedOrder priced = Orders.usd()
			.line("a", 300, "1")
			.line("b", 200, "1")
			.amountOff("big", 5000, Scope.ORDER)
			.tax("tax", "10")
			.price();

		assertThat(priced.discounts().get(0).appliedMoney()).isEqualTo(Money.of(500, "USD"));
		assertThat(priced.lines()).allSatisfy(line -> assertThat(line.total().amount()).isZero());
		assertThat(priced.totalTaxMoney().amount()).isZero();
	}

	@Test
	void sharesThatWouldPushTheLastLineBelowZeroMoveToEarlierLines() {
		// 2 over four lines of 1: each share is 0.5 -> 0, so the last line would take 2 of its 1
		PricedOrder priced = Orders.usd()
			.line("a", 1, "1")
			.line("b", 1, "1")
			.line("c", 1, "1")
			.line("d", 1, "1")
			.amountOff("two", 2, Scope.ORDER)
			.price();

		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(0L, 0L, 1L, 1L);
		assertThat(priced.discounts().get(0).appliedMoney()).isEqualTo(Money.of(2, "USD"));
	}

	@Test
	void zeroAmountLinesTakeNoShareAndTheLastParticipatingLineTakesTheRemainder() {
		PricedOrder priced = Orders.usd()
			.line("a", 500, "1")
			.line("b", 300, "1")
			.line("free", 0, "1")
			.amountOff("hundred", 100, Scope.ORDER)
			.price();

		// 100 x 500 / 800 = 62.5 -> 62; b, the last line with an amount, takes 38
		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(62L, 38L, 0L);
		assertThat(priced.lines().get(2).appliedDiscounts()).containsExactly(new LineApplied("hundred", Money.of(0, "USD")));
	}

	@Test
	void lineItemDiscountOnSeveralLinesIsOneAmountSplitBetweenThem() {
		PricedOrder priced = Orders.usd()
			.line("a", 333, "1", "ten")
			.line("b", 333, "1", "ten")
			.line("c", 1000, "1")
			.percentOff("ten", "10", Scope.LINE_ITEM)
			.price();

		// 10 % of 666 = 66.6 -> 67; 67 x 333 / 666 = 33.5 -> 34 (half even), last 33
		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(34L, 33L, 0L);
		assertThat(priced.lines().get(2).appliedDiscounts()).isEmpty();
	}

	@Test
	void scopeLeftOutIsLineItemWhenALineListsTheDiscountElseOrder() {
		Orders order = Orders.usd();
		PricedOrder priced = order.line("a", 1000, "1", "listed")
			.line("b", 1000, "1")
			.discount(new DiscountInput("listed", null, "10", null, null, false))
			.discount(new DiscountInput("unlisted", null, null, order.money(100), null, false))
			.price();

		assertThat(priced.discounts()).extracting(AppliedAmount::uid, AppliedAmount::scope)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("listed", Scope.LINE_ITEM),
					org.assertj.core.groups.Tuple.tuple("unlisted", Scope.ORDER));
		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(100L + 47L, 53L);
	}

	@Test
	void orderScopedDiscountListedOnALineStillAppliesOnceToEveryLine() {
		PricedOrder priced = Orders.usd()
			.line("a", 1000, "1", "order-10")
			.line("b", 1000, "1")
			.percentOff("order-10", "10", Scope.ORDER)
			.price();

		assertThat(priced.lines()).extracting(line -> line.totalDiscount().amount()).containsExactly(100L, 100L);
	}

	@Test
	void lineItemDiscountNoLineListsAppliesNothing() {
		PricedOrder priced = Orders.usd().line("a", 1000, "1").percentOff("unused", "10", Scope.LINE_ITEM).price();

		assertThat(priced.discounts().get(0).appliedMoney().amount()).isZero();
		assertThat(priced.lines().get(0).appliedDiscounts()).isEmpty();
	}

	@Test
	void variableDiscountsPriceLikeTheirFixedFormsAndKeepTheirType() {
		Orders order = Orders.usd();
		PricedOrder priced = order.line("a", 1000, "1")
			.discount(new DiscountInput("var-amount", DiscountType.VARIABLE_AMOUNT, null, order.money(100), Scope.ORDER,
					false))
			.discount(new DiscountInput("var-percent", DiscountType.VARIABLE_PERCENTAGE, "10", null, Scope.ORDER, false))
			.price();

		assertThat(priced.discounts()).extracting(AppliedAmount::uid, d -> d.appliedMoney().amount(),
				AppliedAmount::discountType)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("var-percent", 100L, DiscountType.VARIABLE_PERCENTAGE),
					org.assertj.core.groups.Tuple.tuple("var-amount", 100L, DiscountType.VARIABLE_AMOUNT));
	}

	@Test
	void modifiersCountInGrossSalesAndTakeTheLineQuantity() {
		Orders order = Orders.usd();
		PricedOrder priced = order
			.line(new LineItemInput("steak", "1.5", 1, order.money(2000),
					List.of(new ModifierInput("well", order.money(50), "2"), new ModifierInput("none", order.money(75), "0")),
					List.of(), List.of(), List.of()))
			.price();

		PricedLine line = priced.lines().get(0);
		assertThat(line.variationTotalPrice()).isEqualTo(Money.of(3000, "USD"));
		assertThat(line.modifierTotals()).containsExactly(Money.of(150, "USD"), Money.of(0, "USD"));
		assertThat(line.grossSales()).isEqualTo(Money.of(3150, "USD"));
	}

	@Test
	void orderWithoutLinesPricesToZero() {
		PricedOrder priced = Orders.usd().tax("tax", "10").percentOff("off", "10", Scope.ORDER).price();

		assertThat(priced.lines()).isEmpty();
		assertThat(priced.totalMoney()).isEqualTo(Money.of(0, "USD"));
		assertThat(priced.taxes().get(0).appliedMoney().amount()).isZero();
	}

}
