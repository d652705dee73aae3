package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.orders.OrderRequests.AppliedDiscountBody;
import io.theneo.emulator.orders.OrderRequests.AppliedServiceChargeBody;
import io.theneo.emulator.orders.OrderRequests.AppliedTaxBody;
import io.theneo.emulator.orders.OrderRequests.DiscountBody;
import io.theneo.emulator.orders.OrderRequests.LineItemBody;
import io.theneo.emulator.orders.OrderRequests.ModifierBody;
import io.theneo.emulator.orders.OrderRequests.MoneyBody;
import io.theneo.emulator.orders.OrderRequests.OrderBody;
import io.theneo.emulator.orders.OrderRequests.ServiceChargeBody;
import io.theneo.emulator.orders.OrderRequests.TaxBody;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Ids;

/**
 * Reads the order of a request into an {@link OrderDraft}: checks lengths, limits and read-only fields, generates the
 * uids the client left out, and, for an update, merges entries into the stored ones by uid (a known uid changes the
 * fields it gives, a new uid adds an entry). Money amounts, quantities and references are checked by the pricing
 * engine afterwards.
 */
final class OrderRequestReader {

	static final int MAX_LINE_ITEMS = 500;

	static final int MAX_TAXES = 100;

	static final int MAX_DISCOUNTS = 100;

	/** Square states no limit for service charges; the same bound as taxes and discounts keeps an order's size sane. */
	static final int MAX_SERVICE_CHARGES = 100;

	private final OrderDraft draft;

	private final Problems problems;

	private final Currency currency;

	private final boolean sparse;

	/**
	 * @param currency the order's currency, used in place of a money value the request got wrong so that pricing can
	 * still report the request's other problems
	 * @param sparse whether entries merge into the draft's by uid (update) or are all new (create)
	 */
	OrderRequestReader(OrderDraft draft, Problems problems, Currency currency, boolean sparse) {
		this.draft = draft;
		this.problems = problems;
		this.currency = currency;
		this.sparse = sparse;
	}

	/** Reports the limits of API.md §8 on the request's lists; false if one is exceeded (nothing else is read then). */
	boolean withinLimits(OrderBody order) {
		boolean ok = limit(order.lineItems(), MAX_LINE_ITEMS, "order.line_items", "line items");
		ok &= limit(order.taxes(), MAX_TAXES, "order.taxes", "taxes");
		ok &= limit(order.discounts(), MAX_DISCOUNTS, "order.discounts", "discounts");
		ok &= limit(order.serviceCharges(), MAX_SERVICE_CHARGES, "order.service_charges", "service charges");
		return ok;
	}

	/** The same limits on the merged order of an update. */
	void checkMergedLimits() {
		limit(this.draft.lines, MAX_LINE_ITEMS, "order.line_items", "line items");
		limit(this.draft.taxes, MAX_TAXES, "order.taxes", "taxes");
		limit(this.draft.discounts, MAX_DISCOUNTS, "order.discounts", "discounts");
		limit(this.draft.charges, MAX_SERVICE_CHARGES, "order.service_charges", "service charges");
	}

	private boolean limit(List<?> list, int max, String field, String what) {
		if (list != null && list.size() > max) {
			this.problems.add(ErrorCode.VALUE_TOO_HIGH,
					"An order can have at most " + max + " " + what + "; this one has " + list.size() + ".", field);
			return false;
		}
		return true;
	}

	/** reference_id, customer_id and source, and the order's read-only fields. */
	void readOrderFields(OrderBody order) {
		readOnly(order.readOnly(), OrderBody.READ_ONLY, "order");
		if (order.referenceId() != null) {
			this.draft.referenceId = text(order.referenceId(), 40, "order.reference_id");
		}
		if (order.customerId() != null) {
			this.draft.customerId = text(order.customerId(), 191, "order.customer_id");
		}
		if (order.source() != null) {
			this.draft.sourceName = order.source().name() != null
					? text(order.source().name(), 255, "order.source.name") : OrderBuilder.DEFAULT_SOURCE_NAME;
		}
	}

	/** Taxes, discounts and service charges first, so that lines can refer to them; then the lines. */
	void readEntries(OrderBody order) {
		Set<String> seen = new HashSet<>();
		List<TaxBody> taxes = order.taxes() == null ? List.of() : order.taxes();
		for (int i = 0; i < taxes.size(); i++) {
			String path = "order.taxes[" + i + "]";
			TaxBody body = taxes.get(i);
			if (body == null || !uniqueUid(body.uid(), path, seen)) {
				continue;
			}
			OrderDraft.Tax tax = this.sparse && body.uid() != null ? this.draft.tax(body.uid()) : null;
			if (tax == null) {
				tax = new OrderDraft.Tax();
				tax.uid = body.uid() != null ? body.uid() : Ids.uid();
				this.draft.taxes.add(tax);
			}
			tax.path = path;
			applyTax(tax, body, path);
		}
		seen.clear();
		List<DiscountBody> discounts = order.discounts() == null ? List.of() : order.discounts();
		for (int i = 0; i < discounts.size(); i++) {
			String path = "order.discounts[" + i + "]";
			DiscountBody body = discounts.get(i);
			if (body == null || !uniqueUid(body.uid(), path, seen)) {
				continue;
			}
			OrderDraft.Discount discount = this.sparse && body.uid() != null ? this.draft.discount(body.uid()) : null;
			if (discount == null) {
				discount = new OrderDraft.Discount();
				discount.uid = body.uid() != null ? body.uid() : Ids.uid();
				this.draft.discounts.add(discount);
			}
			discount.path = path;
			applyDiscount(discount, body, path);
		}
		seen.clear();
		List<ServiceChargeBody> charges = order.serviceCharges() == null ? List.of() : order.serviceCharges();
		for (int i = 0; i < charges.size(); i++) {
			String path = "order.service_charges[" + i + "]";
			ServiceChargeBody body = charges.get(i);
			if (body == null || !uniqueUid(body.uid(), path, seen)) {
				continue;
			}
			OrderDraft.Charge charge = this.sparse && body.uid() != null ? this.draft.charge(body.uid()) : null;
			if (charge == null) {
				charge = new OrderDraft.Charge();
				charge.uid = body.uid() != null ? body.uid() : Ids.uid();
				this.draft.charges.add(charge);
			}
			charge.path = path;
			applyCharge(charge, body, path);
		}
		seen.clear();
		List<LineItemBody> lines = order.lineItems() == null ? List.of() : order.lineItems();
		for (int i = 0; i < lines.size(); i++) {
			String path = "order.line_items[" + i + "]";
			LineItemBody body = lines.get(i);
			if (body == null) {
				this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "A line item entry is empty.", path);
				continue;
			}
			if (!uniqueUid(body.uid(), path, seen)) {
				continue;
			}
			OrderDraft.Line line = this.sparse && body.uid() != null ? this.draft.line(body.uid()) : null;
			boolean fresh = line == null;
			if (fresh) {
				line = new OrderDraft.Line();
				line.uid = body.uid() != null ? body.uid() : Ids.uid();
				this.draft.lines.add(line);
			}
			line.path = path;
			applyLine(line, body, path, fresh);
		}
	}

	private void applyTax(OrderDraft.Tax tax, TaxBody body, String path) {
		readOnly(body.appliedMoney(), path + ".applied_money");
		readOnly(body.autoApplied(), path + ".auto_applied");
		if (body.catalogObjectId() != null && !body.catalogObjectId().equals(tax.catalogObjectId)) {
			// another catalog object: what came from the old one goes, unless this request sets it
			tax.name = null;
			tax.type = null;
			tax.percentage = null;
			tax.catalogVersion = null;
		}
		if (body.catalogObjectId() != null) {
			tax.catalogObjectId = text(body.catalogObjectId(), 192, path + ".catalog_object_id");
			tax.resolve = true;
		}
		if (body.catalogVersion() != null) {
			tax.catalogVersion = catalogVersion(body.catalogVersion(), tax.catalogObjectId, path);
			tax.resolve = true;
		}
		if (body.name() != null) {
			tax.name = text(body.name(), 255, path + ".name");
		}
		if (body.type() != null) {
			tax.type = body.type();
		}
		if (body.percentage() != null) {
			tax.percentage = text(body.percentage(), 10, path + ".percentage");
		}
		if (body.scope() != null) {
			tax.scope = body.scope();
		}
	}

	private void applyDiscount(OrderDraft.Discount discount, DiscountBody body, String path) {
		readOnly(body.appliedMoney(), path + ".applied_money");
		readOnly(body.rewardIds(), path + ".reward_ids");
		readOnly(body.pricingRuleId(), path + ".pricing_rule_id");
		if (body.catalogObjectId() != null && !body.catalogObjectId().equals(discount.catalogObjectId)) {
			discount.name = null;
			discount.type = null;
			discount.percentage = null;
			discount.amount = null;
			discount.catalogVersion = null;
		}
		if (body.catalogObjectId() != null) {
			discount.catalogObjectId = text(body.catalogObjectId(), 192, path + ".catalog_object_id");
			discount.resolve = true;
		}
		if (body.catalogVersion() != null) {
			discount.catalogVersion = catalogVersion(body.catalogVersion(), discount.catalogObjectId, path);
			discount.resolve = true;
		}
		if (body.name() != null) {
			discount.name = text(body.name(), 255, path + ".name");
		}
		if (body.type() != null) {
			discount.type = body.type();
		}
		if (body.percentage() != null) {
			discount.percentage = text(body.percentage(), 10, path + ".percentage");
			if (this.sparse && body.amountMoney() == null) {
				discount.amount = null;
			}
		}
		if (body.amountMoney() != null) {
			discount.amount = money(body.amountMoney(), path + ".amount_money");
			if (this.sparse && body.percentage() == null) {
				discount.percentage = null;
			}
		}
		if (body.scope() != null) {
			discount.scope = body.scope();
		}
	}

	private void applyCharge(OrderDraft.Charge charge, ServiceChargeBody body, String path) {
		readOnly(body.appliedMoney(), path + ".applied_money");
		readOnly(body.totalMoney(), path + ".total_money");
		readOnly(body.totalTaxMoney(), path + ".total_tax_money");
		readOnly(body.appliedTaxes(), path + ".applied_taxes");
		readOnly(body.type(), path + ".type");
		if (body.name() != null) {
			charge.name = text(body.name(), 512, path + ".name");
		}
		if (body.percentage() != null) {
			charge.percentage = text(body.percentage(), 10, path + ".percentage");
			if (this.sparse && body.amountMoney() == null) {
				charge.amount = null;
			}
		}
		if (body.amountMoney() != null) {
			charge.amount = money(body.amountMoney(), path + ".amount_money");
			if (this.sparse && body.percentage() == null) {
				charge.percentage = null;
			}
		}
		if (body.calculationPhase() != null) {
			charge.phase = body.calculationPhase();
		}
		if (body.taxable() != null) {
			charge.taxable = body.taxable();
		}
	}

	private void applyLine(OrderDraft.Line line, LineItemBody body, String path, boolean fresh) {
		readOnly(body.readOnly(), LineItemBody.READ_ONLY, path);
		if (body.catalogObjectId() != null && !body.catalogObjectId().equals(line.catalogObjectId)) {
			line.name = null;
			line.variationName = null;
			line.basePrice = null;
			line.catalogVersion = null;
		}
		if (body.catalogObjectId() != null) {
			line.catalogObjectId = text(body.catalogObjectId(), 192, path + ".catalog_object_id");
			line.resolve = true;
		}
		if (body.catalogVersion() != null) {
			line.catalogVersion = catalogVersion(body.catalogVersion(), line.catalogObjectId, path);
			line.resolve = true;
		}
		if (body.name() != null) {
			line.name = text(body.name(), 512, path + ".name");
		}
		if (body.quantity() != null) {
			line.quantity = text(body.quantity(), 12, path + ".quantity");
		}
		if (body.quantityUnit() != null) {
			line.hasUnit = true;
			line.measurementUnit = body.quantityUnit().measurementUnit();
			line.precision = body.quantityUnit().precision();
		}
		if (body.note() != null) {
			line.note = text(body.note(), 2000, path + ".note");
		}
		if (body.variationName() != null) {
			line.variationName = text(body.variationName(), 400, path + ".variation_name");
		}
		if (body.basePriceMoney() != null) {
			line.basePrice = money(body.basePriceMoney(), path + ".base_price_money");
		}
		readModifiers(line, body.modifiers(), path, fresh);
		readApplied(line.appliedTaxes, appliedTaxes(body.appliedTaxes(), path), fresh);
		readApplied(line.appliedDiscounts, appliedDiscounts(body.appliedDiscounts(), path), fresh);
		readApplied(line.appliedCharges, appliedCharges(body.appliedServiceCharges(), path), fresh);
	}

	private void readModifiers(OrderDraft.Line line, List<ModifierBody> modifiers, String linePath, boolean fresh) {
		if (modifiers == null) {
			return;
		}
		Set<String> seen = new HashSet<>();
		for (int j = 0; j < modifiers.size(); j++) {
			String path = linePath + ".modifiers[" + j + "]";
			ModifierBody body = modifiers.get(j);
			if (body == null) {
				this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "A modifier entry is empty.", path);
				continue;
			}
			if (!uniqueUid(body.uid(), path, seen)) {
				continue;
			}
			OrderDraft.Modifier modifier = !fresh && body.uid() != null ? line.modifier(body.uid()) : null;
			if (modifier == null) {
				modifier = new OrderDraft.Modifier();
				modifier.uid = body.uid() != null ? body.uid() : Ids.uid();
				line.modifiers.add(modifier);
			}
			modifier.path = path;
			readOnly(body.totalPriceMoney(), path + ".total_price_money");
			if (body.catalogObjectId() != null && !body.catalogObjectId().equals(modifier.catalogObjectId)) {
				modifier.name = null;
				modifier.basePrice = null;
				modifier.catalogVersion = null;
			}
			if (body.catalogObjectId() != null) {
				modifier.catalogObjectId = text(body.catalogObjectId(), 192, path + ".catalog_object_id");
				modifier.resolve = true;
			}
			if (body.catalogVersion() != null) {
				modifier.catalogVersion = catalogVersion(body.catalogVersion(), modifier.catalogObjectId, path);
				modifier.resolve = true;
			}
			if (body.name() != null) {
				modifier.name = text(body.name(), 255, path + ".name");
			}
			if (body.quantity() != null) {
				modifier.quantity = text(body.quantity(), 12, path + ".quantity");
			}
			if (body.basePriceMoney() != null) {
				modifier.basePrice = money(body.basePriceMoney(), path + ".base_price_money");
			}
		}
	}

	private List<Applied> appliedTaxes(List<AppliedTaxBody> bodies, String linePath) {
		if (bodies == null) {
			return List.of();
		}
		List<Applied> applied = new ArrayList<>();
		for (int j = 0; j < bodies.size(); j++) {
			AppliedTaxBody body = bodies.get(j);
			String path = linePath + ".applied_taxes[" + j + "]";
			if (body == null) {
				this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "An applied tax entry is empty.", path);
				continue;
			}
			readOnly(body.appliedMoney(), path + ".applied_money");
			applied.add(applied(body.uid(), body.taxUid(), path));
		}
		return applied;
	}

	private List<Applied> appliedDiscounts(List<AppliedDiscountBody> bodies, String linePath) {
		if (bodies == null) {
			return List.of();
		}
		List<Applied> applied = new ArrayList<>();
		for (int j = 0; j < bodies.size(); j++) {
			AppliedDiscountBody body = bodies.get(j);
			String path = linePath + ".applied_discounts[" + j + "]";
			if (body == null) {
				this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "An applied discount entry is empty.", path);
				continue;
			}
			readOnly(body.appliedMoney(), path + ".applied_money");
			applied.add(applied(body.uid(), body.discountUid(), path));
		}
		return applied;
	}

	private List<Applied> appliedCharges(List<AppliedServiceChargeBody> bodies, String linePath) {
		if (bodies == null) {
			return List.of();
		}
		List<Applied> applied = new ArrayList<>();
		for (int j = 0; j < bodies.size(); j++) {
			AppliedServiceChargeBody body = bodies.get(j);
			String path = linePath + ".applied_service_charges[" + j + "]";
			if (body == null) {
				this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "An applied service charge entry is empty.",
						path);
				continue;
			}
			readOnly(body.appliedMoney(), path + ".applied_money");
			applied.add(applied(body.uid(), body.serviceChargeUid(), path));
		}
		return applied;
	}

	private Applied applied(String uid, String target, String path) {
		String checked = uid == null ? Ids.uid() : text(uid, 60, path + ".uid");
		return new Applied(checked, target, true);
	}

	/**
	 * A new line takes the references as listed (the engine reports a missing, unknown or repeated target by its
	 * index). On a known line a reference with a known uid, or to a target the line already refers to, replaces that
	 * reference; others are added.
	 */
	private void readApplied(List<Applied> current, List<Applied> given, boolean fresh) {
		for (Applied ref : given) {
			if (!fresh) {
				int same = indexOf(current, ref);
				if (same >= 0) {
					current.set(same, ref);
					continue;
				}
			}
			current.add(ref);
		}
	}

	private static int indexOf(List<Applied> current, Applied ref) {
		for (int i = 0; i < current.size(); i++) {
			Applied existing = current.get(i);
			if (existing.uid().equals(ref.uid()) || (existing.target() != null && existing.target().equals(ref.target()))) {
				return i;
			}
		}
		return -1;
	}

	private Long catalogVersion(Long version, String catalogObjectId, String path) {
		if (catalogObjectId == null) {
			this.problems.add(ErrorCode.INVALID_VALUE, "A catalog_version needs a catalog_object_id.",
					path + ".catalog_version");
		}
		return version;
	}

	/** A uid is optional (generated when left out), unique within its list and at most 60 characters. */
	private boolean uniqueUid(String uid, String path, Set<String> seen) {
		if (uid == null) {
			return true;
		}
		if (uid.isEmpty()) {
			this.problems.add(ErrorCode.VALUE_TOO_SHORT, "A uid must not be empty.", path + ".uid");
			return false;
		}
		if (uid.length() > 60) {
			this.problems.add(ErrorCode.VALUE_TOO_LONG, "A uid has at most 60 characters.", path + ".uid");
			return false;
		}
		if (!seen.add(uid)) {
			this.problems.add(ErrorCode.INVALID_VALUE, "The uid `" + uid + "` is used twice.", path + ".uid");
			return false;
		}
		return true;
	}

	private String text(String value, int max, String field) {
		if (value.length() > max) {
			this.problems.add(ErrorCode.VALUE_TOO_LONG,
					"`" + field + "` has " + value.length() + " characters; the maximum is " + max + ".", field);
		}
		return value;
	}

	/**
	 * Square's Money: both fields required, an ISO 4217 currency. A wrong value is reported here and replaced by zero
	 * in the order's currency, so the engine does not report it again.
	 */
	private Money money(MoneyBody body, String field) {
		boolean ok = true;
		if (body.amount() == null) {
			this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Money needs an amount.", field + ".amount");
			ok = false;
		}
		Currency code = null;
		if (body.currency() == null) {
			this.problems.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Money needs a currency.", field + ".currency");
			ok = false;
		}
		else {
			try {
				code = Currency.getInstance(body.currency());
			}
			catch (IllegalArgumentException ex) {
				this.problems.add(ErrorCode.INVALID_VALUE, "`" + ErrorResponses.truncate(
						body.currency()) + "` is not an ISO 4217 currency code.", field + ".currency");
				ok = false;
			}
		}
		return ok ? new Money(body.amount(), code) : Money.zero(this.currency);
	}

	private void readOnly(JsonNode[] values, String[] names, String parent) {
		for (int i = 0; i < values.length; i++) {
			readOnly(values[i], parent + "." + names[i]);
		}
	}

	private void readOnly(JsonNode value, String field) {
		if (value != null && !value.isNull()) {
			this.problems.add(ApiException.readOnly(field));
		}
	}

}
