package io.theneo.emulator.orders;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

import io.theneo.emulator.pricing.Money;

/**
 * An order as the wire shows it: Square's field names, in the order of the "Create order" example of the demo site.
 * Lists that are empty are left out, as Square does. The nested records are also the stored form of an order's
 * content (see {@link OrderContent}).
 */
@Schema(name = "Order")
record OrderView(@Schema(example = "CAISENgvlJ6jLWAzERDzjyHVybY") String id,
		@Schema(example = "057P5VYJ4A5X1") String locationId, @JsonInclude(Include.NON_EMPTY) List<LineItemView> lineItems,
		@JsonInclude(Include.NON_EMPTY) List<TaxView> taxes, @JsonInclude(Include.NON_EMPTY) List<DiscountView> discounts,
		@JsonInclude(Include.NON_EMPTY) List<ServiceChargeView> serviceCharges,
		@JsonInclude(Include.NON_EMPTY) List<TenderView> tenders, Instant createdAt, Instant updatedAt,
		Instant closedAt, @Schema(example = "OPEN") OrderState state, @Schema(example = "1") Long version,
		String referenceId, String customerId, MoneyJson totalMoney, MoneyJson totalTaxMoney,
		MoneyJson totalDiscountMoney, MoneyJson totalTipMoney, MoneyJson totalServiceChargeMoney,
		NetAmountsView netAmounts, SourceView source) {

	/** Square's Money: an amount in the currency's smallest unit. */
	@Schema(name = "OrderMoney")
	record MoneyJson(@Schema(example = "1599") long amount, @Schema(example = "USD") String currency) {

		static MoneyJson of(Money money) {
			return money == null ? null : new MoneyJson(money.amount(), money.currency().getCurrencyCode());
		}

		Money toMoney() {
			return Money.of(this.amount, this.currency);
		}

	}

	@Schema(name = "OrderSource")
	record SourceView(@Schema(example = "My App") String name) {
	}

	@Schema(name = "OrderMoneyAmounts")
	record NetAmountsView(MoneyJson totalMoney, MoneyJson taxMoney, MoneyJson discountMoney, MoneyJson tipMoney,
			MoneyJson serviceChargeMoney) {
	}

	@Schema(name = "OrderQuantityUnit")
	record QuantityUnitView(JsonNode measurementUnit, Integer precision) {
	}

	@Schema(name = "OrderLineItem")
	record LineItemView(String uid, String name, @Schema(example = "1") String quantity, QuantityUnitView quantityUnit,
			String note, String catalogObjectId, Long catalogVersion, String variationName,
			@JsonInclude(Include.NON_EMPTY) List<ModifierView> modifiers,
			@JsonInclude(Include.NON_EMPTY) List<AppliedTaxView> appliedTaxes,
			@JsonInclude(Include.NON_EMPTY) List<AppliedDiscountView> appliedDiscounts,
			@JsonInclude(Include.NON_EMPTY) List<AppliedServiceChargeView> appliedServiceCharges,
			MoneyJson basePriceMoney, MoneyJson grossSalesMoney, MoneyJson totalTaxMoney, MoneyJson totalDiscountMoney,
			MoneyJson totalMoney, MoneyJson variationTotalPriceMoney, MoneyJson totalServiceChargeMoney) {
	}

	@Schema(name = "OrderLineItemModifier")
	record ModifierView(String uid, String catalogObjectId, Long catalogVersion, String name, String quantity,
			MoneyJson basePriceMoney, MoneyJson totalPriceMoney) {
	}

	@Schema(name = "OrderLineItemAppliedTax")
	record AppliedTaxView(String uid, String taxUid, MoneyJson appliedMoney) {
	}

	@Schema(name = "OrderLineItemAppliedDiscount")
	record AppliedDiscountView(String uid, String discountUid, MoneyJson appliedMoney) {
	}

	@Schema(name = "OrderLineItemAppliedServiceCharge")
	record AppliedServiceChargeView(String uid, String serviceChargeUid, MoneyJson appliedMoney) {
	}

	@Schema(name = "OrderLineItemTax")
	record TaxView(String uid, String catalogObjectId, Long catalogVersion, String name,
			@Schema(example = "ADDITIVE") String type, @Schema(example = "9") String percentage, MoneyJson appliedMoney,
			@Schema(example = "ORDER") String scope) {
	}

	@Schema(name = "OrderLineItemDiscount")
	record DiscountView(String uid, String catalogObjectId, Long catalogVersion, String name,
			@Schema(example = "FIXED_PERCENTAGE") String type, @Schema(example = "5") String percentage,
			MoneyJson amountMoney, MoneyJson appliedMoney, @Schema(example = "ORDER") String scope) {
	}

	@Schema(name = "OrderServiceCharge")
	record ServiceChargeView(String uid, String name, String percentage, MoneyJson amountMoney, MoneyJson appliedMoney,
			@Schema(example = "SUBTOTAL_PHASE") String calculationPhase, Boolean taxable,
			@JsonInclude(Include.NON_EMPTY) List<AppliedTaxView> appliedTaxes, MoneyJson totalMoney,
			MoneyJson totalTaxMoney, @Schema(example = "CUSTOM") String type,
			@Schema(description = "Apportioned charges only") String scope) {
	}

	/** A payment of the order (PayOrder): Square's Tender of type CARD. */
	@Schema(name = "Tender")
	record TenderView(String id, String locationId, String transactionId, Instant createdAt, MoneyJson amountMoney,
			String customerId, @Schema(example = "CARD") String type, CardDetails cardDetails, String paymentId) {
	}

	@Schema(name = "TenderCardDetails")
	record CardDetails(@Schema(example = "CAPTURED") String status, CardRef card,
			@Schema(example = "ON_FILE") String entryMethod) {
	}

	@Schema(name = "TenderCard")
	record CardRef(String id) {
	}

}
