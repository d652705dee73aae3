package io.theneo.emulator.pricing;

/** An order service charge: exactly one of percentage and amount; a null phase means SUBTOTAL_PHASE. */
public record ServiceChargeInput(String uid, String percentage, Money amount, CalculationPhase phase,
		boolean taxable) {
}
