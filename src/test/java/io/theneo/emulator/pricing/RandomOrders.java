package io.theneo.emulator.pricing;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Valid random orders for the property tests: a few lines (some free), modifiers, decimal quantities, taxes of
 * both types, discounts of all four tiers and service charges of every phase, with scopes always explicit so the
 * tests know each discount's tier.
 */
final class RandomOrders {

	private static final String[] CURRENCIES = { "USD", "JPY", "KWD" };

	private static final String[] PERCENTAGES = { "0", "0.5", "1.25", "5", "7.25", "8.875", "9", "10", "11.75", "12.5",
			"33.333", "50", "99.99", "100" };

	private final Random random;

	private final Currency currency;

	private RandomOrders(Random random) {
		this.random = random;
		this.currency = Currency.getInstance(CURRENCIES[random.nextInt(CURRENCIES.length)]);
	}

	static PricingRequest generate(Random random) {
		return new RandomOrders(random).order();
	}

	private PricingRequest order() {
		int lineCount = random.nextInt(9);
		List<TaxInput> taxes = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			TaxType type = random.nextInt(3) == 0 ? TaxType.INCLUSIVE : TaxType.ADDITIVE;
			taxes.add(new TaxInput("tax-" + i, type, percentage(30), scope(), random.nextBoolean()));
		}
		List<DiscountInput> discounts = new ArrayList<>();
		for (int i = random.nextInt(6); i > 0; i--) {
			boolean percent = random.nextBoolean();
			discounts.add(new DiscountInput("discount-" + i, null, percent ? percentage(100) : null,
					percent ? null : money(random.nextInt(3) == 0 ? 1 + random.nextInt(5) : random.nextInt(200_000)),
					scope(), random.nextBoolean()));
		}
		List<ServiceChargeInput> charges = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			charges.add(charge("charge-" + i));
		}
		List<LineItemInput> lines = new ArrayList<>();
		for (int i = 0; i < lineCount; i++) {
			lines.add(line("line-" + i, taxes, discounts, charges));
		}
		return new PricingRequest(currency, lines, taxes, discounts, charges);
	}

	private ServiceChargeInput charge(String uid) {
		CalculationPhase phase = CalculationPhase.values()[random.nextInt(CalculationPhase.values().length)];
		boolean percent = switch (phase) {
			case APPORTIONED_PERCENTAGE_PHASE -> true;
			case APPORTIONED_AMOUNT_PHASE -> false;
			default -> random.nextBoolean();
		};
		boolean taxable = phase != CalculationPhase.TOTAL_PHASE && random.nextBoolean();
		return new ServiceChargeInput(uid, percent ? percentage(30) : null, percent ? null : money(random.nextInt(5000)),
				phase, taxable);
	}

	private LineItemInput line(String uid, List<TaxInput> taxes, List<DiscountInput> discounts,
			List<ServiceChargeInput> charges) {
		long price = random.nextInt(5) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 100 : 100_000);
		Integer precision = random.nextBoolean() ? null : random.nextInt(6);
		List<ModifierInput> modifiers = new ArrayList<>();
		for (int i = random.nextInt(3); i > 0; i--) {
			modifiers.add(new ModifierInput("m" + i, money(random.nextInt(500)),
					random.nextBoolean() ? null : String.valueOf(random.nextInt(4))));
		}
		List<String> taxUids = new ArrayList<>();
		taxes.stream().filter(t -> listed(t.scope())).forEach(t -> taxUids.add(t.uid()));
		List<String> discountUids = new ArrayList<>();
		discounts.stream().filter(d -> listed(d.scope())).forEach(d -> discountUids.add(d.uid()));
		List<String> chargeUids = new ArrayList<>();
		charges.stream()
			.filter(c -> c.phase().isApportioned() && random.nextInt(3) == 0)
			.forEach(c -> chargeUids.add(c.uid()));
		return new LineItemInput(uid, quantity(precision), precision, money(price), modifiers, taxUids, discountUids,
				chargeUids);
	}

	/** LINE_ITEM entries go on about half the lines; ORDER ones are sometimes listed too, which is allowed. */
	private boolean listed(Scope scope) {
		return scope == Scope.LINE_ITEM ? random.nextBoolean() : random.nextInt(8) == 0;
	}

	private String quantity(Integer precision) {
		int whole = 1 + random.nextInt(random.nextBoolean() ? 3 : 50);
		if (precision == null || precision == 0 || random.nextBoolean()) {
			return String.valueOf(whole);
		}
		StringBuilder fraction = new StringBuilder();
		// up to precision digits, the last one non-zero so the quantity uses them all
		for (int i = random.nextInt(precision); i > 0; i--) {
			fraction.append(random.nextInt(10));
		}
		return (whole - 1) + "." + fraction.append('1');
	}

	private String percentage(int max) {
		if (random.nextBoolean()) {
			return PERCENTAGES[random.nextInt(PERCENTAGES.length)];
		}
		return random.nextInt(max) + "." + random.nextInt(1000);
	}

	private Scope scope() {
		return random.nextBoolean() ? Scope.ORDER : Scope.LINE_ITEM;
	}

	private Money money(long amount) {
		return new Money(amount, currency);
	}

}
