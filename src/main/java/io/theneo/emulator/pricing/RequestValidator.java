package io.theneo.emulator.pricing;

import static io.theneo.emulator.pricing.PricingViolation.BAD_REQUEST;
import static io.theneo.emulator.pricing.PricingViolation.INVALID_VALUE;
import static io.theneo.emulator.pricing.PricingViolation.MISSING_REQUIRED_PARAMETER;
import static io.theneo.emulator.pricing.PricingViolation.VALUE_TOO_HIGH;
import static io.theneo.emulator.pricing.PricingViolation.VALUE_TOO_LOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a whole request and reports every problem at once, as Square's errors array does, then resolves defaults
 * (types, phases) and inferred scopes. Nothing past this class sees an invalid value.
 */
final class RequestValidator {

	/** Square caps quantity strings at 12 characters; ten million keeps every product of two int64 checks cheap. */
	static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000_000);

	static final int MAX_PRECISION = 5;

	private final List<PricingViolation> violations = new ArrayList<>();

	private final Set<String> referencedUids = new HashSet<>();

	private Currency currency;

	private RequestValidator() {
	}

	/** @throws PricingException with every violation found */
	static ResolvedOrder validate(PricingRequest request) {
		return new RequestValidator().run(request);
	}

	private ResolvedOrder run(PricingRequest request) {
		if (request == null) {
			throw new PricingException(List.of(new PricingViolation(MISSING_REQUIRED_PARAMETER,
					"An order is required.", "order")));
		}
		currency = request.currency();
		if (currency == null || currency.getDefaultFractionDigits() < 0) {
			// without a currency with minor units no money can be checked, so stop here
			String code = currency == null ? MISSING_REQUIRED_PARAMETER : INVALID_VALUE;
			throw new PricingException(List.of(new PricingViolation(code,
					"The order needs a currency with minor units.", "order.currency")));
		}
		Map<String, TaxInput> taxes = declaredTaxes(request.taxes());
		Map<String, DiscountDraft> discounts = declaredDiscounts(request.discounts());
		Map<String, ServiceChargeInput> charges = declaredCharges(request.serviceCharges());
		List<ResolvedOrder.Line> lines = lines(request.lineItems(), taxes, discounts, charges);
		if (!violations.isEmpty()) {
			throw new PricingException(violations);
		}
		return new ResolvedOrder(currency, lines, resolveTaxes(taxes), resolveDiscounts(discounts),
				resolveCharges(charges));
	}

	// ---- order-level entries

	private Map<String, TaxInput> declaredTaxes(List<TaxInput> inputs) {
		Map<String, TaxInput> declared = new LinkedHashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = "order.taxes[" + i + "]";
			TaxInput tax = inputs.get(i);
			if (tax == null) {
				add(MISSING_REQUIRED_PARAMETER, "A tax entry is empty.", field);
				continue;
			}
			String uid = uid(tax.uid(), field, declared.keySet());
			BigDecimal rate = percentage(tax.percentage(), field + ".percentage");
			if (uid != null) {
				declared.put(uid, rate == null ? null : tax);
			}
		}
		return declared;
	}

	private record DiscountDraft(int index, DiscountInput input, DiscountType type, BigDecimal rate, long amount) {
	}

	private Map<String, DiscountDraft> declaredDiscounts(List<DiscountInput> inputs) {
		Map<String, DiscountDraft> declared = new LinkedHashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = "order.discounts[" + i + "]";
			DiscountInput discount = inputs.get(i);
			if (discount == null) {
				add(MISSING_REQUIRED_PARAMETER, "A discount entry is empty.", field);
				continue;
			}
			String uid = uid(discount.uid(), field, declared.keySet());
			DiscountType type = discountType(discount, field);
			BigDecimal rate = null;
			Long amount = null;
			if (type != null && type.isPercentage()) {
				rate = percentage(discount.percentage(), field + ".percentage");
			}
			else if (type != null) {
				amount = amount(discount.amount(), field + ".amount_money");
			}
			if (uid != null) {
				boolean valid = rate != null || amount != null;
				declared.put(uid, valid ? new DiscountDraft(i, discount, type, rate, amount == null ? 0 : amount) : null);
			}
		}
		return declared;
	}

	/** The declared or implied type, or null (with a violation) when percentage and amount contradict it. */
	private DiscountType discountType(DiscountInput discount, String field) {
		boolean hasPercentage = discount.percentage() != null;
		boolean hasAmount = discount.amount() != null;
		DiscountType type = discount.type();
		if (type == null) {
			if (hasPercentage && hasAmount) {
				add(INVALID_VALUE, "A discount takes exactly one of percentage and amount_money.",
						field + ".amount_money");
				return null;
			}
			if (!hasPercentage && !hasAmount) {
				add(MISSING_REQUIRED_PARAMETER, "A discount needs a percentage or an amount_money.",
						field + ".percentage");
				return null;
			}
			return hasPercentage ? DiscountType.FIXED_PERCENTAGE : DiscountType.FIXED_AMOUNT;
		}
		if (type.isPercentage() && hasAmount) {
			add(INVALID_VALUE, "A " + type + " discount takes no amount_money.", field + ".amount_money");
			return null;
		}
		if (!type.isPercentage() && hasPercentage) {
			add(INVALID_VALUE, "A " + type + " discount takes no percentage.", field + ".percentage");
			return null;
		}
		if (!type.isPercentage() && !hasAmount) {
			add(MISSING_REQUIRED_PARAMETER, "A " + type + " discount needs an amount_money.", field + ".amount_money");
			return null;
		}
		return type;
	}

	private Map<String, ServiceChargeInput> declaredCharges(List<ServiceChargeInput> inputs) {
		Map<String, ServiceChargeInput> declared = new LinkedHashMap<>();
		for (int i = 0; i < inputs.size(); i++) {
			String field = "order.service_charges[" + i + "]";
			ServiceChargeInput charge = inputs.get(i);
			if (charge == null) {
				add(MISSING_REQUIRED_PARAMETER, "A service charge entry is empty.", field);
				continue;
			}
			String uid = uid(charge.uid(), field, declared.keySet());
			// a plain & so that both checks report their problems
			boolean valid = chargeValue(charge, field) & phaseFits(charge, field);
			if (uid != null) {
				declared.put(uid, valid ? charge : null);
			}
		}
		return declared;
	}

	private boolean chargeValue(ServiceChargeInput charge, String field) {
		boolean hasPercentage = charge.percentage() != null;
		boolean hasAmount = charge.amount() != null;
		if (hasPercentage && hasAmount) {
			add(INVALID_VALUE, "A service charge takes exactly one of percentage and amount_money.",
					field + ".amount_money");
			return false;
		}
		if (!hasPercentage && !hasAmount) {
			boolean amountPhase = charge.phase() == CalculationPhase.APPORTIONED_AMOUNT_PHASE;
			add(MISSING_REQUIRED_PARAMETER, "A service charge needs a percentage or an amount_money.",
					field + (amountPhase ? ".amount_money" : ".percentage"));
			return false;
		}
		return hasPercentage ? percentage(charge.percentage(), field + ".percentage") != null
				: amount(charge.amount(), field + ".amount_money") != null;
	}

	/** Square answers 400 BAD_REQUEST when a phase is used with a kind of charge it cannot compute. */
	private boolean phaseFits(ServiceChargeInput charge, String field) {
		CalculationPhase phase = phase(charge);
		String problem = null;
		if (phase == CalculationPhase.TOTAL_PHASE && charge.taxable()) {
			problem = "A TOTAL_PHASE service charge cannot be taxable.";
		}
		else if (phase == CalculationPhase.APPORTIONED_PERCENTAGE_PHASE && charge.amount() != null) {
			problem = "An APPORTIONED_PERCENTAGE_PHASE service charge needs a percentage, not an amount_money.";
		}
		else if (phase == CalculationPhase.APPORTIONED_AMOUNT_PHASE && charge.percentage() != null) {
			problem = "An APPORTIONED_AMOUNT_PHASE service charge needs an amount_money, not a percentage.";
		}
		if (problem != null) {
			add(BAD_REQUEST, problem, field + ".calculation_phase");
		}
		return problem == null;
	}

	private static CalculationPhase phase(ServiceChargeInput charge) {
		return charge.phase() == null ? CalculationPhase.SUBTOTAL_PHASE : charge.phase();
	}

	// ---- lines

	private List<ResolvedOrder.Line> lines(List<LineItemInput> inputs, Map<String, TaxInput> taxes,
			Map<String, DiscountDraft> discounts, Map<String, ServiceChargeInput> charges) {
		List<ResolvedOrder.Line> lines = new ArrayList<>(inputs.size());
		for (int i = 0; i < inputs.size(); i++) {
			String field = "order.line_items[" + i + "]";
			LineItemInput line = inputs.get(i);
			if (line == null) {
				add(MISSING_REQUIRED_PARAMETER, "A line item entry is empty.", field);
				continue;
			}
			Set<String> taxUids = references(line.appliedTaxUids(), field + ".applied_taxes", "tax_uid",
					taxes.keySet(), null);
			Set<String> discountUids = references(line.appliedDiscountUids(), field + ".applied_discounts",
					"discount_uid", discounts.keySet(), null);
			Set<String> chargeUids = references(line.appliedServiceChargeUids(), field + ".applied_service_charges",
					"service_charge_uid", charges.keySet(), charges);
			ResolvedOrder.Line priced = amounts(line, field, taxUids, discountUids, chargeUids);
			if (priced != null) {
				lines.add(priced);
			}
		}
		return lines;
	}

	/** The line's money, or null (with violations) when its quantity or prices are unusable. */
	private ResolvedOrder.Line amounts(LineItemInput line, String field, Set<String> taxUids,
			Set<String> discountUids, Set<String> chargeUids) {
		BigDecimal quantity = quantity(line, field);
		Long base = line.basePrice() == null ? missing("A line item needs a base_price_money.",
				field + ".base_price_money") : amount(line.basePrice(), field + ".base_price_money");
		List<ModifierInput> modifiers = line.modifiers();
		long[] modifierTotals = new long[modifiers.size()];
		boolean usable = quantity != null && base != null;
		for (int j = 0; j < modifiers.size(); j++) {
			String modifierField = field + ".modifiers[" + j + "]";
			ModifierInput modifier = modifiers.get(j);
			if (modifier == null) {
				add(MISSING_REQUIRED_PARAMETER, "A modifier entry is empty.", modifierField);
				usable = false;
				continue;
			}
			BigDecimal modifierQuantity = modifierQuantity(modifier.quantity(), modifierField + ".quantity");
			Long modifierBase = modifier.basePrice() == null ? missing("A modifier needs a base_price_money.",
					modifierField + ".base_price_money")
					: amount(modifier.basePrice(), modifierField + ".base_price_money");
			if (quantity == null || modifierQuantity == null || modifierBase == null) {
				usable = false;
				continue;
			}
			BigDecimal exact = BigDecimal.valueOf(modifierBase).multiply(modifierQuantity).multiply(quantity);
			Long total = fitting(exact, modifierField + ".base_price_money");
			usable &= total != null;
			modifierTotals[j] = total == null ? 0 : total;
		}
		if (!usable) {
			return null;
		}
		Long variation = fitting(BigDecimal.valueOf(base).multiply(quantity), field + ".base_price_money");
		if (variation == null) {
			return null;
		}
		long gross = variation;
		for (long modifierTotal : modifierTotals) {
			if (gross > Long.MAX_VALUE - modifierTotal) {
				add(VALUE_TOO_HIGH, "The line's gross sales exceed the largest amount an order can hold.", field);
				return null;
			}
			gross += modifierTotal;
		}
		return new ResolvedOrder.Line(line.uid(), variation, modifierTotals, gross, taxUids, discountUids,
				chargeUids);
	}

	private Long fitting(BigDecimal exact, String field) {
		try {
			return Decimals.round(exact);
		}
		catch (ArithmeticException tooLarge) {
			add(VALUE_TOO_HIGH, "The price times the quantity exceeds the largest amount an order can hold.", field);
			return null;
		}
	}

	private BigDecimal quantity(LineItemInput line, String field) {
		int allowedDecimals = 0;
		Integer precision = line.quantityPrecision();
		if (precision != null) {
			if (precision < 0) {
				add(VALUE_TOO_LOW, "The quantity_unit precision must be at least 0.", field + ".quantity_unit.precision");
			}
			else if (precision > MAX_PRECISION) {
				add(VALUE_TOO_HIGH, "The quantity_unit precision must be at most " + MAX_PRECISION + ".",
						field + ".quantity_unit.precision");
			}
			allowedDecimals = Math.max(0, Math.min(precision, MAX_PRECISION));
		}
		String text = line.quantity();
		String quantityField = field + ".quantity";
		if (text == null || text.isBlank()) {
			add(MISSING_REQUIRED_PARAMETER, "A line item needs a quantity.", quantityField);
			return null;
		}
		BigDecimal quantity = Decimals.parse(text);
		if (quantity == null) {
			add(INVALID_VALUE, "The quantity must be a decimal number such as \"1\" or \"2.25\".", quantityField);
			return null;
		}
		if (quantity.signum() <= 0) {
			add(VALUE_TOO_LOW, "The quantity must be greater than 0.", quantityField);
			return null;
		}
		if (quantity.compareTo(MAX_QUANTITY) > 0) {
			add(VALUE_TOO_HIGH, "The quantity must be at most " + MAX_QUANTITY + ".", quantityField);
			return null;
		}
		if (quantity.scale() > allowedDecimals) {
			add(INVALID_VALUE, precision == null
					? "A quantity with decimals needs a quantity_unit with a precision."
					: "The quantity has more decimals than its quantity_unit precision " + precision + " allows.",
					quantityField);
			return null;
		}
		return quantity;
	}

	private BigDecimal modifierQuantity(String text, String field) {
		if (text == null) {
			return BigDecimal.ONE;
		}
		BigDecimal quantity = Decimals.parse(text);
		if (quantity == null || quantity.scale() > 0) {
			add(INVALID_VALUE, "A modifier quantity must be a whole number.", field);
			return null;
		}
		if (quantity.signum() < 0) {
			add(VALUE_TOO_LOW, "A modifier quantity must be 0 or more.", field);
			return null;
		}
		if (quantity.compareTo(MAX_QUANTITY) > 0) {
			add(VALUE_TOO_HIGH, "A modifier quantity must be at most " + MAX_QUANTITY + ".", field);
			return null;
		}
		return quantity;
	}

	/**
	 * The uids a line lists, checked: each must name an entry of the order, appear once, and (for service charges)
	 * name an apportioned charge, since only those are split over lines.
	 */
	private Set<String> references(List<String> uids, String listField, String uidField, Set<String> declared,
			Map<String, ServiceChargeInput> charges) {
		Set<String> listed = new LinkedHashSet<>();
		for (int j = 0; j < uids.size(); j++) {
			String uid = uids.get(j);
			String field = listField + "[" + j + "]." + uidField;
			if (uid == null || uid.isBlank()) {
				add(MISSING_REQUIRED_PARAMETER, "The reference needs a " + uidField + ".", field);
			}
			else if (!declared.contains(uid)) {
				add(INVALID_VALUE, "`" + uid + "` names no entry of the order.", field);
			}
			else if (!listed.add(uid)) {
				add(INVALID_VALUE, "`" + uid + "` is listed twice on this line item.", field);
			}
			else {
				referencedUids.add(uid);
				ServiceChargeInput charge = charges == null ? null : charges.get(uid);
				if (charge != null && !phase(charge).isApportioned()) {
					add(BAD_REQUEST, "Only apportioned service charges apply to line items; `" + uid + "` is in "
							+ phase(charge) + ".", field);
				}
			}
		}
		return listed;
	}

	// ---- shared checks

	/** @return the uid, or null (with a violation) when it is missing or already used in the same list */
	private String uid(String uid, String field, Set<String> taken) {
		if (uid == null || uid.isBlank()) {
			add(MISSING_REQUIRED_PARAMETER, "The entry needs a uid.", field + ".uid");
			return null;
		}
		if (taken.contains(uid)) {
			add(INVALID_VALUE, "The uid `" + uid + "` is used twice.", field + ".uid");
			return null;
		}
		return uid;
	}

	/** @return the rate as a fraction (5 % is 0.05), or null with a violation */
	private BigDecimal percentage(String text, String field) {
		if (text == null) {
			add(MISSING_REQUIRED_PARAMETER, "A percentage is required.", field);
			return null;
		}
		BigDecimal percentage = Decimals.parse(text);
		if (percentage == null) {
			add(INVALID_VALUE, "The percentage must be a decimal number such as \"7.25\".", field);
			return null;
		}
		if (percentage.signum() < 0) {
			add(VALUE_TOO_LOW, "The percentage must be at least 0.", field);
			return null;
		}
		if (percentage.compareTo(Decimals.HUNDRED) > 0) {
			add(VALUE_TOO_HIGH, "The percentage must be at most 100.", field);
			return null;
		}
		return percentage.movePointLeft(2);
	}

	/** @return the amount in minor units, or null with a violation */
	private Long amount(Money money, String field) {
		if (!currency.equals(money.currency())) {
			add(INVALID_VALUE, "The currency " + money.currency() + " differs from the order's " + currency + ".",
					field + ".currency");
			return null;
		}
		if (money.amount() < 0) {
			add(VALUE_TOO_LOW, "The amount must not be negative.", field + ".amount");
			return null;
		}
		return money.amount();
	}

	private Long missing(String detail, String field) {
		add(MISSING_REQUIRED_PARAMETER, detail, field);
		return null;
	}

	private void add(String code, String detail, String field) {
		violations.add(new PricingViolation(code, detail, field));
	}

	// ---- resolution, once everything is known to be valid

	/** A scope left out is LINE_ITEM when some line lists the entry, else ORDER. */
	private Scope scope(Scope given, String uid) {
		if (given != null) {
			return given;
		}
		return referencedUids.contains(uid) ? Scope.LINE_ITEM : Scope.ORDER;
	}

	private List<ResolvedOrder.Tax> resolveTaxes(Map<String, TaxInput> taxes) {
		List<ResolvedOrder.Tax> resolved = new ArrayList<>(taxes.size());
		taxes.forEach((uid, tax) -> resolved.add(new ResolvedOrder.Tax(uid,
				tax.type() == null ? TaxType.ADDITIVE : tax.type(), scope(tax.scope(), uid),
				Decimals.parse(tax.percentage()).movePointLeft(2))));
		return resolved;
	}

	private List<ResolvedOrder.Discount> resolveDiscounts(Map<String, DiscountDraft> discounts) {
		List<ResolvedOrder.Discount> resolved = new ArrayList<>(discounts.size());
		discounts.forEach((uid, draft) -> resolved.add(new ResolvedOrder.Discount(draft.index(), uid, draft.type(),
				scope(draft.input().scope(), uid), draft.rate(), draft.amount(), draft.input().catalogBacked())));
		return resolved;
	}

	private List<ResolvedOrder.Charge> resolveCharges(Map<String, ServiceChargeInput> charges) {
		List<ResolvedOrder.Charge> resolved = new ArrayList<>(charges.size());
		charges.forEach((uid, charge) -> {
			BigDecimal rate = charge.percentage() == null ? null : Decimals.parse(charge.percentage()).movePointLeft(2);
			long amount = charge.amount() == null ? 0 : charge.amount().amount();
			Scope scope = phase(charge).isApportioned() ? scope(null, uid) : Scope.ORDER;
			resolved.add(new ResolvedOrder.Charge(uid, phase(charge), rate, amount, charge.taxable(), scope));
		});
		return resolved;
	}

}
