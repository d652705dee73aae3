package io.theneo.emulator.pricing;

/** The order's {@code net_amounts}: its totals less returns, and this engine knows of no returns. */
public record NetAmounts(Money totalMoney, Money taxMoney, Money discountMoney, Money tipMoney,
		Money serviceChargeMoney) {
}
