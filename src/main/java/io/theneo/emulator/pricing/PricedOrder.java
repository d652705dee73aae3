package io.theneo.emulator.pricing;

import java.util.List;

/**
 * Every money field of an order. {@code discounts} are in the order they were applied; {@code taxes} and
 * {@code serviceCharges} in request order; {@code lines} in request order.
 */
public record PricedOrder(List<PricedLine> lines, List<AppliedAmount> discounts, List<AppliedAmount> taxes,
		List<PricedServiceCharge> serviceCharges, Money totalMoney, Money totalTaxMoney, Money totalDiscountMoney,
		Money totalTipMoney, Money totalServiceChargeMoney) {

	public NetAmounts netAmounts() {
		return new NetAmounts(totalMoney, totalTaxMoney, totalDiscountMoney, totalTipMoney, totalServiceChargeMoney);
	}

}
