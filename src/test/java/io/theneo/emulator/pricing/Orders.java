package io.theneo.emulator.pricing;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A small builder for pricing requests, so each test shows only what matters to it. */
final class Orders {

	private final Currency currency;

	private final List<LineItemInput> lines = new ArrayList<>();

	private final List<TaxInput> taxes = new ArrayList<>();

	private final List<DiscountInput> discounts = new ArrayList<>();

	private final List<ServiceChargeInput> charges = new ArrayList<>();

	private Orders(String currency) {
		this.currency = Currency.getInstance(currency);
	}

	static Orders in(String currency) {
		return new Orders(currency);
	}

	static Orders usd() {
		return in("USD");
	}

	Money money(long amount) {
		return new Money(amount, currency);
	}

	Orders line(String uid, long price, String quantity, String... discountUids) {
		return line(new LineItemInput(uid, quantity, null, money(price), List.of(), List.of(), List.of(discountUids),
				List.of()));
	}

	Orders line(LineItemInput line) {
		lines.add(line);
		return this;
	}

	Orders tax(String uid, String percentage) {
		return tax(new TaxInput(uid, null, percentage, Scope.ORDER, false));
	}

	Orders tax(TaxInput tax) {
		taxes.add(tax);
		return this;
	}

	Orders percentOff(String uid, String percentage, Scope scope) {
		return discount(new DiscountInput(uid, null, percentage, null, scope, false));
	}

	Orders amountOff(String uid, long amount, Scope scope) {
		return discount(new DiscountInput(uid, null, null, money(amount), scope, false));
	}

	Orders discount(DiscountInput discount) {
		discounts.add(discount);
		return this;
	}

	Orders charge(ServiceChargeInput charge) {
		charges.add(charge);
		return this;
	}

	PricingRequest request() {
		return new PricingRequest(currency, lines, taxes, discounts, charges);
	}

	PricedOrder price() {
		return OrderPricer.price(request());
	}

}
