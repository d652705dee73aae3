package io.theneo.emulator.pricing;

import java.util.List;

/** A request that cannot be priced; carries every problem found, so one 400 response can list them all. */
public class PricingException extends RuntimeException {

	private final List<PricingViolation> violations;

	public PricingException(List<PricingViolation> violations) {
		super(summary(violations));
		this.violations = List.copyOf(violations);
	}

	public List<PricingViolation> violations() {
		return violations;
	}

	private static String summary(List<PricingViolation> violations) {
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("a pricing exception needs at least one violation");
		}
		PricingViolation first = violations.get(0);
		String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
		return first.code() + " " + first.field() + ": " + first.detail() + more;
	}

}
