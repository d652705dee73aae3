package io.theneo.emulator.pricing;

/** The VARIABLE forms are catalog discounts whose value the seller enters at sale time; priced like the FIXED forms. */
public enum DiscountType {
	FIXED_PERCENTAGE, FIXED_AMOUNT, VARIABLE_PERCENTAGE, VARIABLE_AMOUNT;

	boolean isPercentage() {
		return this == FIXED_PERCENTAGE || this == VARIABLE_PERCENTAGE;
	}
}
