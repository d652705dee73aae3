package io.theneo.emulator.pricing;

import java.util.List;

/**
 * The money of one line. {@code appliedDiscounts} are in application order and include the ORDER-scoped discounts;
 * {@code appliedTaxes} follow the order's taxes; {@code appliedServiceCharges} are the apportioned charges in
 * application order (percentage phase first, then amount phase). Every discount, tax or charge that applies to the
 * line is listed, with a zero share where the line took none. {@code totalServiceCharge} is the sum of the latter.
 */
public record PricedLine(String uid, Money variationTotalPrice, List<Money> modifierTotals, Money grossSales,
		Money totalDiscount, Money totalTax, Money totalServiceCharge, Money total, List<LineApplied> appliedDiscounts,
		List<LineApplied> appliedTaxes, List<LineApplied> appliedServiceCharges) {
}
