package io.theneo.emulator.orders;

import java.util.List;

import io.theneo.emulator.orders.OrderView.DiscountView;
import io.theneo.emulator.orders.OrderView.LineItemView;
import io.theneo.emulator.orders.OrderView.MoneyJson;
import io.theneo.emulator.orders.OrderView.ServiceChargeView;
import io.theneo.emulator.orders.OrderView.TaxView;
import io.theneo.emulator.orders.OrderView.TenderView;

/**
 * What an order holds besides the columns search needs: its entries with their computed money, its tenders and its
 * totals, stored as one JSON document in {@code orders.content}. Lists are never null.
 */
record OrderContent(List<LineItemView> lineItems, List<TaxView> taxes, List<DiscountView> discounts,
		List<ServiceChargeView> serviceCharges, List<TenderView> tenders, MoneyJson totalMoney, MoneyJson totalTaxMoney,
		MoneyJson totalDiscountMoney, MoneyJson totalTipMoney, MoneyJson totalServiceChargeMoney) {

	OrderContent {
		lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
		taxes = taxes == null ? List.of() : List.copyOf(taxes);
		discounts = discounts == null ? List.of() : List.copyOf(discounts);
		serviceCharges = serviceCharges == null ? List.of() : List.copyOf(serviceCharges);
		tenders = tenders == null ? List.of() : List.copyOf(tenders);
	}

	OrderContent withTenders(List<TenderView> newTenders) {
		return new OrderContent(this.lineItems, this.taxes, this.discounts, this.serviceCharges, newTenders,
				this.totalMoney, this.totalTaxMoney, this.totalDiscountMoney, this.totalTipMoney,
				this.totalServiceChargeMoney);
	}

}
