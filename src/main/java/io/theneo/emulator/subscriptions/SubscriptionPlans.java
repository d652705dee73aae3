package io.theneo.emulator.subscriptions;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.theneo.emulator.pricing.Money;

/**
 * The one place where subscriptions meet the catalog: a plan's phases.
 * <p>
 * TEMPORARY until the catalog feature is merged: every non-blank plan id is a monthly plan of 1000 USD.
 */
@Component
class SubscriptionPlans {

	Optional<List<Phase>> phases(long accountId, String planId) {
		if (planId == null || planId.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(List.of(new Phase("MONTHLY", Cadence.MONTHLY, null, Money.of(1000, "USD"), 0)));
	}

}
