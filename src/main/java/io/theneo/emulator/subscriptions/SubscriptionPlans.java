package io.theneo.emulator.subscriptions;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.theneo.emulator.catalog.CatalogDirectory;

/** The one place where subscriptions meet the catalog: a live plan's phases, copied onto a new subscription. */
@Component
class SubscriptionPlans {

	private final CatalogDirectory catalog;

	SubscriptionPlans(CatalogDirectory catalog) {
		this.catalog = catalog;
	}

	/** The plan's phases in order; empty for an unknown, deleted or foreign plan, or one this server cannot bill. */
	Optional<List<Phase>> phases(long accountId, String planId) {
		if (planId == null || planId.isBlank()) {
			return Optional.empty();
		}
		return this.catalog.plan(accountId, planId)
			.filter((plan) -> !plan.phases().isEmpty() && plan.phases()
				.stream()
				.allMatch((p) -> p.recurringPrice() != null && Cadence.isKnown(p.cadence())))
			.map((plan) -> plan.phases()
				.stream()
				.map((p) -> new Phase(p.uid(), Cadence.valueOf(p.cadence()), p.periods(), p.recurringPrice(),
						p.ordinal()))
				.toList());
	}

}
