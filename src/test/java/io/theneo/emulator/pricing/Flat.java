package io.theneo.emulator.pricing;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A priced order as wire paths to minor-unit amounts ({@code line_items[1].applied_discounts[labor-day-sale]}),
 * so the example tables read like the JSON they were copied from. Entries are keyed by uid, not position, where
 * the wire lists them by uid.
 */
final class Flat {

	private Flat() {
	}

	static Map<String, Long> of(PricedOrder order) {
		Map<String, Long> flat = new LinkedHashMap<>();
		Currency currency = order.totalMoney().currency();
		List<PricedLine> lines = order.lines();
		for (int i = 0; i < lines.size(); i++) {
			PricedLine line = lines.get(i);
			String prefix = "line_items[" + i + "].";
			put(flat, currency, prefix + "variation_total_price_money", line.variationTotalPrice());
			for (int j = 0; j < line.modifierTotals().size(); j++) {
				put(flat, currency, prefix + "modifiers[" + j + "].total_price_money", line.modifierTotals().get(j));
			}
			put(flat, currency, prefix + "gross_sales_money", line.grossSales());
			put(flat, currency, prefix + "total_discount_money", line.totalDiscount());
			put(flat, currency, prefix + "total_tax_money", line.totalTax());
			put(flat, currency, prefix + "total_service_charge_money", line.totalServiceCharge());
			put(flat, currency, prefix + "total_money", line.total());
			putApplied(flat, currency, prefix + "applied_discounts", line.appliedDiscounts());
			putApplied(flat, currency, prefix + "applied_taxes", line.appliedTaxes());
			putApplied(flat, currency, prefix + "applied_service_charges", line.appliedServiceCharges());
		}
		order.discounts().forEach(d -> put(flat, currency, "discounts[" + d.uid() + "].applied_money", d.appliedMoney()));
		order.taxes().forEach(t -> put(flat, currency, "taxes[" + t.uid() + "].applied_money", t.appliedMoney()));
		for (PricedServiceCharge charge : order.serviceCharges()) {
			String prefix = "service_charges[" + charge.uid() + "].";
			put(flat, currency, prefix + "amount_money", charge.amount());
			put(flat, currency, prefix + "applied_money", charge.appliedMoney());
			put(flat, currency, prefix + "total_tax_money", charge.totalTax());
			put(flat, currency, prefix + "total_money", charge.total());
			putApplied(flat, currency, prefix + "applied_taxes", charge.appliedTaxes());
		}
		put(flat, currency, "total_money", order.totalMoney());
		put(flat, currency, "total_tax_money", order.totalTaxMoney());
		put(flat, currency, "total_discount_money", order.totalDiscountMoney());
		put(flat, currency, "total_tip_money", order.totalTipMoney());
		put(flat, currency, "total_service_charge_money", order.totalServiceChargeMoney());
		NetAmounts net = order.netAmounts();
		put(flat, currency, "net_amounts.total_money", net.totalMoney());
		put(flat, currency, "net_amounts.tax_money", net.taxMoney());
		put(flat, currency, "net_amounts.discount_money", net.discountMoney());
		put(flat, currency, "net_amounts.tip_money", net.tipMoney());
		put(flat, currency, "net_amounts.service_charge_money", net.serviceChargeMoney());
		return flat;
	}

	private static void putApplied(Map<String, Long> flat, Currency currency, String list, List<LineApplied> applied) {
		applied.forEach(entry -> put(flat, currency, list + "[" + entry.uid() + "]", entry.appliedMoney()));
	}

	private static void put(Map<String, Long> flat, Currency currency, String path, Money money) {
		if (!money.currency().equals(currency)) {
			throw new AssertionError(path + " is in " + money.currency() + ", the order in " + currency);
		}
		flat.put(path, money.amount());
	}

}
