package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import io.theneo.emulator.pricing.Money;

/** A subscription as the wire shows it (Square's Subscription; field order as the documents print it). */
@Schema(name = "Subscription")
record SubscriptionView(@Schema(example = "56214fb2-cc85-47a1-93bc-44f3766bb56f") String id,
		@Schema(example = "S8GWD5R9QB376") String locationId,
		@Schema(example = "6JHXF3B2CW3YKHDV4XEM674H") String planId,
		@Schema(example = "CHFGVKYY8RSV93M5KCYTG4PN0G") String customerId,
		@Schema(type = "string", example = "2021-10-20") LocalDate startDate,
		@Schema(type = "string", example = "2021-11-20") LocalDate canceledDate,
		@Schema(type = "string", example = "2021-11-20") LocalDate chargedThroughDate,
		@Schema(example = "ACTIVE", allowableValues = { "PENDING", "ACTIVE", "CANCELED", "DEACTIVATED",
				"PAUSED" }) String status,
		@Schema(example = "5") String taxPercentage, List<String> invoiceIds, MoneyView priceOverrideMoney,
		Long version, Instant createdAt, @Schema(example = "ccof:qy5x8hHGYsgLrp4Q4GB") String cardId,
		@Schema(type = "string", example = "2021-11-20") LocalDate paidUntilDate,
		@Schema(example = "America/Los_Angeles") String timezone, SourceView source, List<ActionView> actions) {

	/** Money on the wire: {"amount", "currency"}. */
	@Schema(name = "SubscriptionMoney")
	record MoneyView(@Schema(example = "100") Long amount, @Schema(example = "USD") String currency) {

		static MoneyView of(Money money) {
			return (money == null) ? null : new MoneyView(money.amount(), money.currency().getCurrencyCode());
		}

	}

	@Schema(name = "SubscriptionSource")
	record SourceView(@Schema(example = "My App") String name) {
	}

	@Schema(name = "SubscriptionAction")
	record ActionView(String id,
			@Schema(allowableValues = { "CANCEL", "PAUSE", "RESUME", "SWAP_PLAN" }) String type,
			@Schema(type = "string", example = "2021-11-20") LocalDate effectiveDate) {

		static ActionView of(SubscriptionAction a) {
			return new ActionView(a.getId(), a.getType().name(), a.getEffectiveDate());
		}

	}

	static SubscriptionView of(Subscription s, List<String> invoiceIds, boolean withActions) {
		List<ActionView> actions = withActions ? s.actionsInOrder().stream().map(ActionView::of).toList() : List.of();
		return new SubscriptionView(s.getId(), s.getLocationId(), s.getPlanId(), s.getCustomerId(), s.getStartDate(),
				s.getCanceledDate(), s.getChargedThroughDate(), s.getStatus().name(), s.getTaxPercentage(),
				invoiceIds.isEmpty() ? null : invoiceIds, MoneyView.of(s.getPriceOverride()), s.getVersion(),
				s.getCreatedAt(), s.getCardId(), s.getPaidUntilDate(), s.getTimezone(),
				(s.getSourceName() != null) ? new SourceView(s.getSourceName()) : null,
				actions.isEmpty() ? null : actions);
	}

}
