package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CatalogSubscriptionPlan: phases billed one after the other; only the last may recur forever. */
@Schema(name = "CatalogSubscriptionPlan")
record SubscriptionPlanData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Coffee Club") String name,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Phase> phases) {

	/** Square's SubscriptionPhase. */
	@Schema(name = "SubscriptionPhase")
	record Phase(@Schema(description = "Assigned by the server when left out.") String uid,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "MONTHLY") Cadence cadence,
			@Schema(example = "1", description = "How many cadences the phase lasts; left out, it recurs forever.")
			Integer periods,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) CatalogMoney recurringPriceMoney,
			@Schema(description = "Position of the phase, from 0; assigned by the server when left out.") Integer ordinal) {

		Phase numbered(String uid, int ordinal) {
			return new Phase(uid, this.cadence, this.periods, this.recurringPriceMoney, ordinal);
		}

	}

	enum Cadence {
		DAILY, WEEKLY, EVERY_TWO_WEEKS, THIRTY_DAYS, SIXTY_DAYS, NINETY_DAYS, MONTHLY, EVERY_TWO_MONTHS, QUARTERLY,
		EVERY_FOUR_MONTHS, EVERY_SIX_MONTHS, ANNUAL, EVERY_TWO_YEARS
	}

	SubscriptionPlanData withPhases(List<Phase> phases) {
		return new SubscriptionPlanData(this.name, phases);
	}

}
