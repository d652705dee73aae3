package io.theneo.emulator.orders;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import io.theneo.emulator.pricing.CalculationPhase;
import io.theneo.emulator.pricing.DiscountType;
import io.theneo.emulator.pricing.Scope;
import io.theneo.emulator.pricing.TaxType;

/**
 * Request bodies of the Orders API. An order in a request has Square's writable fields; its read-only fields (totals,
 * timestamps, applied money) are declared as untyped nodes only so that sending one is answered with Square's
 * "Read-only field" error rather than as an unknown field. Every other field is unknown (UNKNOWN_BODY_PARAMETER).
 */
final class OrderRequests {

	private OrderRequests() {
	}

	@Schema(name = "CreateOrderRequest")
	record CreateOrderRequest(OrderBody order, @Schema(maxLength = 192) String idempotencyKey) {
	}

	@Schema(name = "UpdateOrderRequest")
	record UpdateOrderRequest(OrderBody order,
			@Schema(example = "[\"discounts\", \"line_items[cookie_uid].note\"]") List<String> fieldsToClear,
			@Schema(maxLength = 192) String idempotencyKey,
			@Schema(description = "Accepted when equal to the path's order id") String orderId) {
	}

	@Schema(name = "CalculateOrderRequest")
	record CalculateOrderRequest(OrderBody order) {
	}

	@Schema(name = "CloneOrderRequest")
	record CloneOrderRequest(@Schema(description = "Accepted when equal to the path's order id") String orderId,
			Long version, @Schema(maxLength = 192) String idempotencyKey) {
	}

	@Schema(name = "PayOrderRequest")
	record PayOrderRequest(@Schema(maxLength = 192) String idempotencyKey, Long orderVersion,
			@Schema(description = "A card on file of the order's customer to charge the order's total_money to") String cardId,
			List<String> paymentIds, @Schema(description = "Accepted when equal to the path's order id") String orderId) {
	}

	@Schema(name = "BatchRetrieveOrdersRequest")
	record BatchRetrieveOrdersRequest(List<String> orderIds, String locationId) {
	}

	@Schema(name = "SearchOrdersRequest")
	record SearchOrdersRequest(List<String> locationIds, String cursor, SearchQuery query,
			@Schema(example = "500") Integer limit, Boolean returnEntries) {
	}

	@Schema(name = "SearchOrdersQuery")
	record SearchQuery(SearchFilter filter, SearchSort sort) {
	}

	@Schema(name = "SearchOrdersFilter")
	record SearchFilter(StateFilter stateFilter, DateTimeFilter dateTimeFilter, CustomerFilter customerFilter,
			SourceFilter sourceFilter) {
	}

	@Schema(name = "SearchOrdersStateFilter")
	record StateFilter(List<OrderState> states) {
	}

	@Schema(name = "SearchOrdersDateTimeFilter")
	record DateTimeFilter(TimeRange createdAt, TimeRange updatedAt, TimeRange closedAt) {
	}

	@Schema(name = "OrdersTimeRange")
	record TimeRange(@Schema(example = "2020-01-01T00:00:00Z") String startAt,
			@Schema(example = "2020-12-31T23:59:59Z") String endAt) {
	}

	@Schema(name = "SearchOrdersCustomerFilter")
	record CustomerFilter(List<String> customerIds) {
	}

	@Schema(name = "SearchOrdersSourceFilter")
	record SourceFilter(List<String> sourceNames) {
	}

	enum SortField {
		CREATED_AT, UPDATED_AT, CLOSED_AT
	}

	enum SortOrder {
		ASC, DESC
	}

	@Schema(name = "SearchOrdersSort")
	record SearchSort(SortField sortField, SortOrder sortOrder) {
	}

	@Schema(name = "OrderInput")
	record OrderBody(String id, @Schema(example = "057P5VYJ4A5X1") String locationId,
			@Schema(maxLength = 40) String referenceId, SourceBody source, String customerId,
			List<LineItemBody> lineItems, List<TaxBody> taxes, List<DiscountBody> discounts,
			List<ServiceChargeBody> serviceCharges, OrderState state, Long version,
			@Schema(hidden = true) JsonNode createdAt, @Schema(hidden = true) JsonNode updatedAt,
			@Schema(hidden = true) JsonNode closedAt, @Schema(hidden = true) JsonNode totalMoney,
			@Schema(hidden = true) JsonNode totalTaxMoney, @Schema(hidden = true) JsonNode totalDiscountMoney,
			@Schema(hidden = true) JsonNode totalTipMoney, @Schema(hidden = true) JsonNode totalServiceChargeMoney,
			@Schema(hidden = true) JsonNode netAmounts, @Schema(hidden = true) JsonNode returnAmounts,
			@Schema(hidden = true) JsonNode returns, @Schema(hidden = true) JsonNode refunds,
			@Schema(hidden = true) JsonNode tenders, @Schema(hidden = true) JsonNode roundingAdjustment,
			@Schema(hidden = true) JsonNode netAmountDueMoney, @Schema(hidden = true) JsonNode rewards) {

		/** The read-only fields of an order, by wire name, with what the request sent for each. */
		JsonNode[] readOnly() {
			return new JsonNode[] { this.createdAt, this.updatedAt, this.closedAt, this.totalMoney, this.totalTaxMoney,
					this.totalDiscountMoney, this.totalTipMoney, this.totalServiceChargeMoney, this.netAmounts,
					this.returnAmounts, this.returns, this.refunds, this.tenders, this.roundingAdjustment,
					this.netAmountDueMoney, this.rewards };
		}

		static final String[] READ_ONLY = { "created_at", "updated_at", "closed_at", "total_money", "total_tax_money",
				"total_discount_money", "total_tip_money", "total_service_charge_money", "net_amounts",
				"return_amounts", "returns", "refunds", "tenders", "rounding_adjustment", "net_amount_due_money",
				"rewards" };

	}

	@Schema(name = "OrderSourceInput")
	record SourceBody(@Schema(example = "My App") String name) {
	}

	@Schema(name = "MoneyInput")
	record MoneyBody(@Schema(example = "1599") Long amount, @Schema(example = "USD") String currency) {
	}

	@Schema(name = "OrderQuantityUnitInput")
	record QuantityUnitBody(JsonNode measurementUnit, @Schema(example = "2") Integer precision) {
	}

	@Schema(name = "OrderLineItemInput")
	record LineItemBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 512) String name,
			@Schema(example = "1", maxLength = 12) String quantity, QuantityUnitBody quantityUnit,
			@Schema(maxLength = 2000) String note, @Schema(maxLength = 192) String catalogObjectId, Long catalogVersion,
			@Schema(maxLength = 400) String variationName, List<ModifierBody> modifiers,
			List<AppliedTaxBody> appliedTaxes, List<AppliedDiscountBody> appliedDiscounts,
			List<AppliedServiceChargeBody> appliedServiceCharges, MoneyBody basePriceMoney,
			@Schema(hidden = true) JsonNode variationTotalPriceMoney, @Schema(hidden = true) JsonNode grossSalesMoney,
			@Schema(hidden = true) JsonNode totalTaxMoney, @Schema(hidden = true) JsonNode totalDiscountMoney,
			@Schema(hidden = true) JsonNode totalMoney, @Schema(hidden = true) JsonNode totalServiceChargeMoney) {

		JsonNode[] readOnly() {
			return new JsonNode[] { this.variationTotalPriceMoney, this.grossSalesMoney, this.totalTaxMoney,
					this.totalDiscountMoney, this.totalMoney, this.totalServiceChargeMoney };
		}

		static final String[] READ_ONLY = { "variation_total_price_money", "gross_sales_money", "total_tax_money",
				"total_discount_money", "total_money", "total_service_charge_money" };

	}

	@Schema(name = "OrderLineItemModifierInput")
	record ModifierBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 192) String catalogObjectId,
			Long catalogVersion, @Schema(maxLength = 255) String name, String quantity, MoneyBody basePriceMoney,
			@Schema(hidden = true) JsonNode totalPriceMoney) {
	}

	@Schema(name = "OrderLineItemAppliedTaxInput")
	record AppliedTaxBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 60) String taxUid,
			@Schema(hidden = true) JsonNode appliedMoney) {
	}

	@Schema(name = "OrderLineItemAppliedDiscountInput")
	record AppliedDiscountBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 60) String discountUid,
			@Schema(hidden = true) JsonNode appliedMoney) {
	}

	@Schema(name = "OrderLineItemAppliedServiceChargeInput")
	record AppliedServiceChargeBody(@Schema(maxLength = 60) String uid,
			@Schema(maxLength = 60) String serviceChargeUid, @Schema(hidden = true) JsonNode appliedMoney) {
	}

	@Schema(name = "OrderLineItemTaxInput")
	record TaxBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 192) String catalogObjectId,
			Long catalogVersion, @Schema(maxLength = 255) String name, TaxType type,
			@Schema(example = "9", maxLength = 10) String percentage, Scope scope,
			@Schema(hidden = true) JsonNode appliedMoney, @Schema(hidden = true) JsonNode autoApplied) {
	}

	@Schema(name = "OrderLineItemDiscountInput")
	record DiscountBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 192) String catalogObjectId,
			Long catalogVersion, @Schema(maxLength = 255) String name, DiscountType type,
			@Schema(example = "5", maxLength = 10) String percentage, MoneyBody amountMoney, Scope scope,
			@Schema(hidden = true) JsonNode appliedMoney, @Schema(hidden = true) JsonNode rewardIds,
			@Schema(hidden = true) JsonNode pricingRuleId) {
	}

	@Schema(name = "OrderServiceChargeInput")
	record ServiceChargeBody(@Schema(maxLength = 60) String uid, @Schema(maxLength = 512) String name,
			@Schema(maxLength = 10) String percentage, MoneyBody amountMoney, CalculationPhase calculationPhase,
			Boolean taxable, @Schema(hidden = true) JsonNode appliedMoney, @Schema(hidden = true) JsonNode totalMoney,
			@Schema(hidden = true) JsonNode totalTaxMoney, @Schema(hidden = true) JsonNode appliedTaxes,
			@Schema(hidden = true) JsonNode type) {
	}

}
