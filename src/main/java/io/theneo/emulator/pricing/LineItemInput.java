package io.theneo.emulator.pricing;

import java.util.List;

/**
 * One line of the order. {@code quantityPrecision} is the precision of the line's quantity_unit; null (no unit)
 * allows integer quantities only. The applied uid lists name entries of the order's taxes, discounts and
 * service charges, in the order the request lists them; null means empty.
 */
public record LineItemInput(String uid, String quantity, Integer quantityPrecision, Money basePrice,
		List<ModifierInput> modifiers, List<String> appliedTaxUids, List<String> appliedDiscountUids,
		List<String> appliedServiceChargeUids) {

	public LineItemInput {
		modifiers = Lists.copy(modifiers);
		appliedTaxUids = Lists.copy(appliedTaxUids);
		appliedDiscountUids = Lists.copy(appliedDiscountUids);
		appliedServiceChargeUids = Lists.copy(appliedServiceChargeUids);
	}

}
