package io.theneo.emulator.pricing;

import java.util.List;

/**
 * A priced service charge. {@code amount} is the charge before tax (amount_money, or the percentage of its base);
 * {@code appliedMoney} is what landed on the order, which differs only for an apportioned charge with no line to
 * carry it. {@code total} is applied money plus additive tax; for apportioned charges the tax sits on the lines.
 */
public record PricedServiceCharge(String uid, Money amount, Money appliedMoney, Money totalTax, Money total,
		List<LineApplied> appliedTaxes) {
}
