package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import io.theneo.emulator.pricing.CalculationPhase;
import io.theneo.emulator.pricing.DiscountType;
import io.theneo.emulator.pricing.Money;
import io.theneo.emulator.pricing.Scope;
import io.theneo.emulator.pricing.TaxType;

/**
 * The client-set part of an order while it is being built: from a create request, or from a stored order that an
 * update, a clone or a payment changes. {@link OrderBuilder} resolves its catalog references and prices it.
 * <p>
 * {@code path} is the wire path of the request entry an element came from, so that a pricing problem names the field
 * the client sent; {@code resolve} marks what still has to be looked up in the catalog.
 */
final class OrderDraft {

	String referenceId;

	String customerId;

	String sourceName;

	final List<Line> lines = new ArrayList<>();

	final List<Tax> taxes = new ArrayList<>();

	final List<Discount> discounts = new ArrayList<>();

	final List<Charge> charges = new ArrayList<>();

	/** A reference from a line (or a service charge) to an order-level entry; {@code explicit} if the client made it. */
	record Applied(String uid, String target, boolean explicit) {
	}

	static final class Line {

		String path;

		boolean resolve;

		String uid;

		String name;

		String quantity;

		JsonNode measurementUnit;

		Integer precision;

		boolean hasUnit;

		String note;

		String catalogObjectId;

		Long catalogVersion;

		String variationName;

		Money basePrice;

		final List<Modifier> modifiers = new ArrayList<>();

		final List<Applied> appliedTaxes = new ArrayList<>();

		final List<Applied> appliedDiscounts = new ArrayList<>();

		final List<Applied> appliedCharges = new ArrayList<>();

		Modifier modifier(String uid) {
			return this.modifiers.stream().filter((m) -> m.uid.equals(uid)).findFirst().orElse(null);
		}

	}

	static final class Modifier {

		String path;

		boolean resolve;

		String uid;

		String catalogObjectId;

		Long catalogVersion;

		String name;

		String quantity;

		Money basePrice;

	}

	static final class Tax {

		String path;

		boolean resolve;

		String uid;

		String catalogObjectId;

		Long catalogVersion;

		String name;

		TaxType type;

		String percentage;

		Scope scope;

	}

	static final class Discount {

		String path;

		boolean resolve;

		String uid;

		String catalogObjectId;

		Long catalogVersion;

		String name;

		DiscountType type;

		String percentage;

		Money amount;

		Scope scope;

	}

	static final class Charge {

		String path;

		String uid;

		String name;

		String percentage;

		Money amount;

		CalculationPhase phase;

		Boolean taxable;

		final List<Applied> appliedTaxes = new ArrayList<>();

	}

	Line line(String uid) {
		return this.lines.stream().filter((l) -> l.uid.equals(uid)).findFirst().orElse(null);
	}

	Tax tax(String uid) {
		return this.taxes.stream().filter((t) -> t.uid.equals(uid)).findFirst().orElse(null);
	}

	Discount discount(String uid) {
		return this.discounts.stream().filter((d) -> d.uid.equals(uid)).findFirst().orElse(null);
	}

	Charge charge(String uid) {
		return this.charges.stream().filter((c) -> c.uid.equals(uid)).findFirst().orElse(null);
	}

}
