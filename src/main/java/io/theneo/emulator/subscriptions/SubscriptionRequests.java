package io.theneo.emulator.subscriptions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The request bodies of the subscription endpoints (Square's shapes). Dates are strings checked by the service. */
final class SubscriptionRequests {

	private SubscriptionRequests() {
	}

	@Schema(name = "CreateSubscriptionRequest")
	record Create(@Schema(example = "8193148c-9586-11e6-99f9-28cfe92138cf") String idempotencyKey,
			@Schema(example = "S8GWD5R9QB376") String locationId,
			@Schema(example = "6JHXF3B2CW3YKHDV4XEM674H") String planId,
			@Schema(description = "Square's newer name of plan_id; either may be given.") String planVariationId,
			@Schema(example = "CHFGVKYY8RSV93M5KCYTG4PN0G") String customerId,
			@Schema(example = "ccof:qy5x8hHGYsgLrp4Q4GB") String cardId,
			@Schema(example = "2021-10-20") String startDate, @Schema(example = "5") String taxPercentage,
			SubscriptionView.MoneyView priceOverrideMoney, @Schema(example = "America/Los_Angeles") String timezone,
			SubscriptionView.SourceView source) {
	}

	@Schema(name = "SearchSubscriptionsRequest")
	record Search(String cursor, Integer limit, Query query,
			@Schema(description = "`actions` to include scheduled actions.") List<String> include) {

		record Query(Filter filter) {
		}

		@Schema(name = "SearchSubscriptionsFilter")
		record Filter(List<String> locationIds, List<String> customerIds,
				@Schema(description = "The applications that created the subscriptions.") List<String> sourceNames) {
		}

	}

	@Schema(name = "CancelSubscriptionRequest")
	record Cancel(String idempotencyKey, String subscriptionId) {
	}

	@Schema(name = "PauseSubscriptionRequest")
	record Pause(String idempotencyKey, String subscriptionId,
			@Schema(example = "2021-11-20") String pauseEffectiveDate,
			Long pauseCycleDuration, String resumeEffectiveDate,
			@Schema(allowableValues = { "IMMEDIATE", "END_OF_BILLING_CYCLE" }) String resumeChangeTiming,
			String pauseReason) {
	}

	@Schema(name = "ResumeSubscriptionRequest")
	record Resume(String idempotencyKey, String subscriptionId, String resumeEffectiveDate,
			@Schema(allowableValues = { "IMMEDIATE", "END_OF_BILLING_CYCLE" }) String resumeChangeTiming) {
	}

}
