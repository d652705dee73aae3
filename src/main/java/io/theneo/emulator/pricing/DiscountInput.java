package io.theneo.emulator.pricing;

/**
 * An order discount. A null type means FIXED_PERCENTAGE when only the percentage is given and FIXED_AMOUNT when
 * only the amount is; a null scope is inferred (see {@link OrderPricer}). Catalog-backed discounts go first within
 * their tier.
 */
public record DiscountInput(String uid, DiscountType type, String percentage, Money amount, Scope scope,
		boolean catalogBacked) {
}
