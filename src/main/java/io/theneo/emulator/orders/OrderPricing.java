package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.theneo.emulator.orders.OrderDraft.Applied;
import io.theneo.emulator.orders.OrderView.AppliedDiscountView;
import io.theneo.emulator.orders.OrderView.AppliedServiceChargeView;
import io.theneo.emulator.orders.OrderView.AppliedTaxView;
import io.theneo.emulator.orders.OrderView.DiscountView;
import io.theneo.emulator.orders.OrderView.LineItemView;
import io.theneo.emulator.orders.OrderView.ModifierView;
import io.theneo.emulator.orders.OrderView.MoneyJson;
import io.theneo.emulator.orders.OrderView.QuantityUnitView;
import io.theneo.emulator.orders.OrderView.ServiceChargeView;
import io.theneo.emulator.orders.OrderView.TaxView;
import io.theneo.emulator.orders.OrderView.TenderView;
import io.theneo.emulator.pricing.AppliedAmount;
import io.theneo.emulator.pricing.CalculationPhase;
import io.theneo.emulator.pricing.DiscountInput;
import io.theneo.emulator.pricing.LineApplied;
import io.theneo.emulator.pricing.LineItemInput;
import io.theneo.emulator.pricing.ModifierInput;
import io.theneo.emulator.pricing.OrderPricer;
import io.theneo.emulator.pricing.PricedLine;
import io.theneo.emulator.pricing.PricedOrder;
import io.theneo.emulator.pricing.PricedServiceCharge;
import io.theneo.emulator.pricing.PricingException;
import io.theneo.emulator.pricing.PricingRequest;
import io.theneo.emulator.pricing.PricingViolation;
import io.theneo.emulator.pricing.Scope;
import io.theneo.emulator.pricing.ServiceChargeInput;
import io.theneo.emulator.pricing.TaxInput;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Ids;

/**
 * Hands a draft to the pricing engine and turns the priced order into the stored content. The engine's violations
 * become the API's errors with the same codes, their fields rewritten to the request's paths.
 * <p>
 * Each line's references to ORDER-scoped discounts, taxes and apportioned service charges are written by the engine;
 * a reference keeps its uid from one pricing to the next (matched by what it refers to), and a new one gets a fresh
 * uid.
 */
final class OrderPricing {

	private static final Pattern ENTRY = Pattern
		.compile("^order\\.(line_items|taxes|discounts|service_charges)\\[(\\d+)\\](.*)$", Pattern.DOTALL);

	private static final Pattern MODIFIER = Pattern.compile("^\\.modifiers\\[(\\d+)\\](.*)$", Pattern.DOTALL);

	private OrderPricing() {
	}

	/** The content of the priced draft, or null when pricing found problems (added to {@code problems}). */
	static OrderContent price(OrderDraft draft, Currency currency, List<TenderView> tenders, Problems problems) {
		PricedOrder priced;
		try {
			priced = OrderPricer.price(request(draft, currency));
		}
		catch (PricingException ex) {
			for (PricingViolation violation : ex.violations()) {
				String field = wirePath(draft, violation.field());
				if (field == null || !problems.covers(field)) {
					problems.add(ErrorCode.valueOf(violation.code()), violation.detail(), field);
				}
			}
			return null;
		}
		return content(draft, priced, tenders);
	}

	private static PricingRequest request(OrderDraft draft, Currency currency) {
		List<LineItemInput> lines = new ArrayList<>(draft.lines.size());
		for (OrderDraft.Line line : draft.lines) {
			List<ModifierInput> modifiers = new ArrayList<>(line.modifiers.size());
			for (OrderDraft.Modifier m : line.modifiers) {
				modifiers.add(new ModifierInput(m.uid, m.basePrice, m.quantity));
			}
			lines.add(new LineItemInput(line.uid, line.quantity, line.hasUnit ? line.precision : null, line.basePrice,
					modifiers, explicitTargets(line.appliedTaxes), explicitTargets(line.appliedDiscounts),
					explicitTargets(line.appliedCharges)));
		}
		List<TaxInput> taxes = new ArrayList<>(draft.taxes.size());
		for (OrderDraft.Tax t : draft.taxes) {
			taxes.add(new TaxInput(t.uid, t.type, t.percentage, t.scope, t.catalogObjectId != null));
		}
		List<DiscountInput> discounts = new ArrayList<>(draft.discounts.size());
		for (OrderDraft.Discount d : draft.discounts) {
			discounts.add(new DiscountInput(d.uid, d.type, d.percentage, d.amount, d.scope, d.catalogObjectId != null));
		}
		List<ServiceChargeInput> charges = new ArrayList<>(draft.charges.size());
		for (OrderDraft.Charge c : draft.charges) {
			charges.add(new ServiceChargeInput(c.uid, c.percentage, c.amount, c.phase, Boolean.TRUE.equals(c.taxable)));
		}
		return new PricingRequest(currency, lines, taxes, discounts, charges);
	}

	/** What the client listed itself; ORDER-scoped references are the engine's to write. */
	private static List<String> explicitTargets(List<Applied> applied) {
		List<String> targets = new ArrayList<>(applied.size());
		for (Applied ref : applied) {
			if (ref.explicit()) {
				targets.add(ref.target());
			}
		}
		return targets;
	}

	/** The engine names fields by their index in the draft; the client knows them by their index in its request. */
	static String wirePath(OrderDraft draft, String field) {
		if (field == null) {
			return null;
		}
		Matcher m = ENTRY.matcher(field);
		if (!m.matches()) {
			return field;
		}
		int index = Integer.parseInt(m.group(2));
		String rest = m.group(3);
		String path = switch (m.group(1)) {
			case "line_items" -> {
				if (index >= draft.lines.size()) {
					yield null;
				}
				OrderDraft.Line line = draft.lines.get(index);
				Matcher mm = MODIFIER.matcher(rest);
				if (mm.matches()) {
					int k = Integer.parseInt(mm.group(1));
					if (k < line.modifiers.size() && line.modifiers.get(k).path != null) {
						rest = mm.group(2);
						yield line.modifiers.get(k).path;
					}
				}
				yield line.path;
			}
			case "taxes" -> index < draft.taxes.size() ? draft.taxes.get(index).path : null;
			case "discounts" -> index < draft.discounts.size() ? draft.discounts.get(index).path : null;
			default -> index < draft.charges.size() ? draft.charges.get(index).path : null;
		};
		return path == null ? field : path + rest;
	}

	private static OrderContent content(OrderDraft draft, PricedOrder priced, List<TenderView> tenders) {
		Set<String> lineScopedCharges = new HashSet<>();
		for (OrderDraft.Line line : draft.lines) {
			for (Applied ref : line.appliedCharges) {
				if (ref.explicit()) {
					lineScopedCharges.add(ref.target());
				}
			}
		}
		Map<String, PricedLine> pricedLines = new HashMap<>();
		priced.lines().forEach((l) -> pricedLines.put(l.uid(), l));
		List<LineItemView> lines = new ArrayList<>(draft.lines.size());
		for (OrderDraft.Line line : draft.lines) {
			lines.add(line(line, pricedLines.get(line.uid)));
		}
		Map<String, OrderDraft.Tax> taxesByUid = new HashMap<>();
		draft.taxes.forEach((t) -> taxesByUid.put(t.uid, t));
		List<TaxView> taxes = new ArrayList<>(priced.taxes().size());
		for (AppliedAmount applied : priced.taxes()) {
			OrderDraft.Tax t = taxesByUid.get(applied.uid());
			taxes.add(new TaxView(t.uid, t.catalogObjectId, t.catalogVersion, t.name, applied.taxType().name(),
					t.percentage, MoneyJson.of(applied.appliedMoney()), applied.scope().name()));
		}
		Map<String, OrderDraft.Discount> discountsByUid = new HashMap<>();
		draft.discounts.forEach((d) -> discountsByUid.put(d.uid, d));
		List<DiscountView> discounts = new ArrayList<>(priced.discounts().size());
		for (AppliedAmount applied : priced.discounts()) {
			OrderDraft.Discount d = discountsByUid.get(applied.uid());
			discounts.add(new DiscountView(d.uid, d.catalogObjectId, d.catalogVersion, d.name,
					applied.discountType().name(), d.percentage, MoneyJson.of(d.amount),
					MoneyJson.of(applied.appliedMoney()), applied.scope().name()));
		}
		Map<String, PricedServiceCharge> pricedCharges = new HashMap<>();
		priced.serviceCharges().forEach((c) -> pricedCharges.put(c.uid(), c));
		List<ServiceChargeView> charges = new ArrayList<>(draft.charges.size());
		for (OrderDraft.Charge c : draft.charges) {
			PricedServiceCharge pc = pricedCharges.get(c.uid);
			CalculationPhase phase = c.phase == null ? CalculationPhase.SUBTOTAL_PHASE : c.phase;
			boolean apportioned = phase == CalculationPhase.APPORTIONED_AMOUNT_PHASE
					|| phase == CalculationPhase.APPORTIONED_PERCENTAGE_PHASE;
			String scope = !apportioned ? null
					: (lineScopedCharges.contains(c.uid) ? Scope.LINE_ITEM : Scope.ORDER).name();
			List<AppliedTaxView> chargeTaxes = new ArrayList<>();
			for (LineApplied la : pc.appliedTaxes()) {
				chargeTaxes.add(new AppliedTaxView(uidFor(c.appliedTaxes, la.uid()), la.uid(),
						MoneyJson.of(la.appliedMoney())));
			}
			charges.add(new ServiceChargeView(c.uid, c.name, c.percentage, MoneyJson.of(c.amount),
					MoneyJson.of(pc.appliedMoney()), phase.name(), c.taxable, chargeTaxes, MoneyJson.of(pc.total()),
					MoneyJson.of(pc.totalTax()), "CUSTOM", scope));
		}
		return new OrderContent(lines, taxes, discounts, charges, tenders, MoneyJson.of(priced.totalMoney()),
				MoneyJson.of(priced.totalTaxMoney()), MoneyJson.of(priced.totalDiscountMoney()),
				MoneyJson.of(priced.totalTipMoney()), MoneyJson.of(priced.totalServiceChargeMoney()));
	}

	private static LineItemView line(OrderDraft.Line line, PricedLine priced) {
		List<ModifierView> modifiers = new ArrayList<>(line.modifiers.size());
		for (int k = 0; k < line.modifiers.size(); k++) {
			OrderDraft.Modifier m = line.modifiers.get(k);
			modifiers.add(new ModifierView(m.uid, m.catalogObjectId, m.catalogVersion, m.name, m.quantity,
					MoneyJson.of(m.basePrice), MoneyJson.of(priced.modifierTotals().get(k))));
		}
		List<AppliedTaxView> taxes = new ArrayList<>(priced.appliedTaxes().size());
		for (LineApplied la : priced.appliedTaxes()) {
			taxes.add(new AppliedTaxView(uidFor(line.appliedTaxes, la.uid()), la.uid(), MoneyJson.of(la.appliedMoney())));
		}
		List<AppliedDiscountView> discounts = new ArrayList<>(priced.appliedDiscounts().size());
		for (LineApplied la : priced.appliedDiscounts()) {
			discounts.add(new AppliedDiscountView(uidFor(line.appliedDiscounts, la.uid()), la.uid(),
					MoneyJson.of(la.appliedMoney())));
		}
		List<AppliedServiceChargeView> charges = new ArrayList<>(priced.appliedServiceCharges().size());
		for (LineApplied la : priced.appliedServiceCharges()) {
			charges.add(new AppliedServiceChargeView(uidFor(line.appliedCharges, la.uid()), la.uid(),
					MoneyJson.of(la.appliedMoney())));
		}
		QuantityUnitView unit = line.hasUnit ? new QuantityUnitView(line.measurementUnit, line.precision) : null;
		// Square's examples show a line's service charge total only where apportioned charges exist
		MoneyJson serviceCharge = charges.isEmpty() ? null : MoneyJson.of(priced.totalServiceCharge());
		return new LineItemView(line.uid, line.name, line.quantity, unit, line.note, line.catalogObjectId,
				line.catalogVersion, line.variationName, modifiers, taxes, discounts, charges, MoneyJson.of(line.basePrice),
				MoneyJson.of(priced.grossSales()), MoneyJson.of(priced.totalTax()), MoneyJson.of(priced.totalDiscount()),
				MoneyJson.of(priced.total()), MoneyJson.of(priced.variationTotalPrice()), serviceCharge);
	}

	/** The uid of the reference to {@code target} the draft already has, or a new one. */
	private static String uidFor(List<Applied> references, String target) {
		for (Applied ref : references) {
			if (target.equals(ref.target())) {
				return ref.uid();
			}
		}
		return Ids.uid();
	}

}
