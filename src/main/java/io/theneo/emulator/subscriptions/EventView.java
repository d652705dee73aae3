package io.theneo.emulator.subscriptions;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's SubscriptionEvent. */
@Schema(name = "SubscriptionEvent")
record EventView(String id,
		@Schema(allowableValues = { "START_SUBSCRIPTION", "PLAN_CHANGE", "STOP_SUBSCRIPTION", "DEACTIVATE_SUBSCRIPTION",
				"RESUME_SUBSCRIPTION", "PAUSE_SUBSCRIPTION",
				"BILLING_ANCHOR_DATE_CHANGED" }) String subscriptionEventType,
		@Schema(type = "string", example = "2021-10-20") LocalDate effectiveDate, String planId, Info info) {

	@Schema(name = "SubscriptionEventInfo")
	record Info(String detail, String code) {
	}

	static EventView of(SubscriptionEvent e) {
		Info info = (e.getInfoDetail() == null && e.getInfoCode() == null) ? null
				: new Info(e.getInfoDetail(), (e.getInfoCode() != null) ? e.getInfoCode().name() : null);
		return new EventView(e.getId(), e.getType().name(), e.getEffectiveDate(), e.getPlanId(), info);
	}

}
