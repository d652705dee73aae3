package io.theneo.emulator.pricing;

/** When a service charge is computed relative to discounts and taxes. */
public enum CalculationPhase {
	SUBTOTAL_PHASE, TOTAL_PHASE, APPORTIONED_PERCENTAGE_PHASE, APPORTIONED_AMOUNT_PHASE;

	boolean isApportioned() {
		return this == APPORTIONED_PERCENTAGE_PHASE || this == APPORTIONED_AMOUNT_PHASE;
	}
}
