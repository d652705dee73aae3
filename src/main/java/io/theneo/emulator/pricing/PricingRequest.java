package io.theneo.emulator.pricing;

import java.util.Currency;
import java.util.List;

/**
 * An order as the orders service hands it over: catalog references already resolved into prices and percentages.
 * Null lists mean empty.
 */
public record PricingRequest(Currency currency, List<LineItemInput> lineItems, List<TaxInput> taxes,
		List<DiscountInput> discounts, List<ServiceChargeInput> serviceCharges) {

	public PricingRequest {
		lineItems = Lists.copy(lineItems);
		taxes = Lists.copy(taxes);
		discounts = Lists.copy(discounts);
		serviceCharges = Lists.copy(serviceCharges);
	}

}
