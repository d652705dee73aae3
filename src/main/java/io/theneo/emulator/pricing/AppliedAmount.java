package io.theneo.emulator.pricing;

/**
 * An order-level discount or tax with what it applied over the whole order (the sum of its shares). Exactly one of
 * {@code discountType} (for discounts) and {@code taxType} (for taxes) is set; both and the scope are the resolved
 * values, defaults and inference applied, as the response must show them.
 */
public record AppliedAmount(String uid, Money appliedMoney, Scope scope, DiscountType discountType, TaxType taxType) {
}
