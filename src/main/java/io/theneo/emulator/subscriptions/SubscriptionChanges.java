package io.theneo.emulator.subscriptions;

import java.util.Set;

import tools.jackson.databind.JsonNode;

import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Violations;

/**
 * The body of UpdateSubscription, read field by field so that absent, set and cleared ({@code null}, {@code ""},
 * {@code {}}) are told apart. A field is null when absent, or a {@link Change} whose value is null when cleared.
 */
record SubscriptionChanges(Long version, Change<String> taxPercentage, Change<Money> priceOverrideMoney,
		Change<String> cardId, Change<String> sourceName, boolean clearCanceledDate) {

	record Change<T>(T value) {

		boolean clears() {
			return this.value == null;
		}

	}

	private static final Set<String> READ_ONLY = Set.of("location_id", "plan_id", "plan_variation_id", "customer_id",
			"start_date", "charged_through_date", "status", "invoice_ids", "created_at", "paid_until_date", "timezone",
			"actions", "monthly_billing_anchor_date", "phases");

	boolean isEmpty() {
		return this.taxPercentage == null && this.priceOverrideMoney == null && this.cardId == null
				&& this.sourceName == null && !this.clearCanceledDate;
	}

	static SubscriptionChanges parse(JsonNode body, String subscriptionId) {
		Violations v = new Violations();
		if (body == null || !body.isObject()) {
			throw new ApiException(ErrorCode.EXPECTED_JSON_BODY, "The request body must be a JSON object.");
		}
		for (String name : body.propertyNames()) {
			if (!name.equals("subscription") && !name.equals("idempotency_key")) {
				v.add(ErrorCode.UNKNOWN_BODY_PARAMETER, "Unknown field `" + name + "` in the request body.", name);
			}
		}
		JsonNode sub = body.get("subscription");
		if (sub == null || sub.isNull()) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `subscription` is required.", "subscription");
			v.throwIfAny();
		}
		if (!sub.isObject()) {
			v.add(ErrorCode.INVALID_VALUE, "Field `subscription` must be an object.", "subscription");
			v.throwIfAny();
		}
		Long version = null;
		Change<String> tax = null;
		Change<Money> price = null;
		Change<String> card = null;
		Change<String> source = null;
		boolean clearCanceled = false;
		for (String name : sub.propertyNames()) {
			JsonNode value = sub.get(name);
			String field = "subscription." + name;
			switch (name) {
				case "version" -> {
					if (value.isIntegralNumber() && value.canConvertToLong()) {
						version = value.asLong();
					}
					else {
						v.add(ErrorCode.INVALID_VALUE, "`version` must be an integer.", field);
					}
				}
				case "id" -> {
					if (!value.isString() || !value.asString().equals(subscriptionId)) {
						v.add(ErrorCode.INVALID_VALUE, "`id` must be the subscription id of the path.", field);
					}
				}
				case "tax_percentage" -> {
					if (clears(value)) {
						tax = new Change<>(null);
					}
					else if (value.isString() && Validation.taxPercentage(value.asString(), field, v)) {
						tax = new Change<>(value.asString());
					}
					else if (!value.isString()) {
						v.add(ErrorCode.INVALID_VALUE, "`tax_percentage` must be a decimal string such as \"7.5\".",
								field);
					}
				}
				case "price_override_money" -> {
					if (clears(value)) {
						price = new Change<>(null);
					}
					else if (value.isObject()) {
						Money money = money(value, field, v);
						if (money != null) {
							price = new Change<>(money);
						}
					}
					else {
						v.add(ErrorCode.INVALID_VALUE, "`price_override_money` must be a Money object.", field);
					}
				}
				case "card_id" -> {
					if (clears(value)) {
						card = new Change<>(null);
					}
					else if (value.isString()) {
						card = new Change<>(value.asString());
					}
					else {
						v.add(ErrorCode.INVALID_VALUE, "`card_id` must be a string.", field);
					}
				}
				case "source" -> {
					if (clears(value)) {
						source = new Change<>(null);
					}
					else if (value.isObject()) {
						for (String inner : value.propertyNames()) {
							if (!inner.equals("name")) {
								v.add(ErrorCode.UNKNOWN_BODY_PARAMETER, "Unknown field `" + inner + "`.",
										field + "." + inner);
							}
						}
						JsonNode nameNode = value.get("name");
						if (nameNode == null || clears(nameNode)) {
							source = new Change<>(null);
						}
						else if (nameNode.isString() && nameNode.asString().length() <= 255) {
							source = new Change<>(nameNode.asString());
						}
						else {
							v.add(ErrorCode.INVALID_VALUE, "`source.name` must be a string of at most 255 characters.",
									field + ".name");
						}
					}
					else {
						v.add(ErrorCode.INVALID_VALUE, "`source` must be an object.", field);
					}
				}
				case "canceled_date" -> {
					if (clears(value)) {
						clearCanceled = true;
					}
					else {
						v.add(ErrorCode.INVALID_VALUE, "`canceled_date` can only be cleared here (to take back a "
								+ "scheduled cancel); cancel with POST /v2/subscriptions/{id}/cancel.", field);
					}
				}
				default -> {
					if (READ_ONLY.contains(name)) {
						v.addAll(ApiException.readOnly(field));
					}
					else {
						v.add(ErrorCode.UNKNOWN_BODY_PARAMETER, "Unknown field `" + name + "` in the request body.",
								field);
					}
				}
			}
		}
		v.throwIfAny();
		return new SubscriptionChanges(version, tax, price, card, source, clearCanceled);
	}

	/** {@code null}, {@code ""} and {@code {}} clear a field (as {@code "tax_percentage": {}} in the documents). */
	static boolean clears(JsonNode value) {
		return value.isNull() || (value.isString() && value.asString().isEmpty())
				|| (value.isObject() && value.isEmpty());
	}

	private static Money money(JsonNode value, String field, Violations v) {
		JsonNode amount = value.get("amount");
		JsonNode currency = value.get("currency");
		for (String inner : value.propertyNames()) {
			if (!inner.equals("amount") && !inner.equals("currency")) {
				v.add(ErrorCode.UNKNOWN_BODY_PARAMETER, "Unknown field `" + inner + "`.", field + "." + inner);
			}
		}
		Long amountValue = null;
		if (amount == null || amount.isNull()) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `amount` is required.", field + ".amount");
		}
		else if (!amount.isIntegralNumber() || !amount.canConvertToLong()) {
			v.add(ErrorCode.INVALID_VALUE, "`amount` must be an integer.", field + ".amount");
		}
		else {
			amountValue = amount.asLong();
		}
		String code = null;
		if (currency == null || currency.isNull()) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `currency` is required.", field + ".currency");
		}
		else if (!currency.isString()) {
			v.add(ErrorCode.INVALID_VALUE, "`currency` must be an ISO 4217 code.", field + ".currency");
		}
		else {
			code = currency.asString();
		}
		return Validation.money(amountValue, code, field, v);
	}

}
