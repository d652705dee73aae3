package io.theneo.emulator.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/**
 * Checks the shape of the objects of one upsert request, collecting every problem with its path
 * ({@code object.item_data.variations[0].item_variation_data.price_money.amount}), and turns each object into a
 * {@link Draft}. Whether ids and references exist is the upsert's business; this class needs no database.
 */
final class CatalogValidator {

	static final int MAX_ID_LENGTH = 64;

	static final int MAX_CHILDREN = 250;

	private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,12}(\\.\\d{1,8})?");

	private static final Pattern HEX_COLOR = Pattern.compile("[0-9a-fA-F]{6}");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Violations violations;

	private final List<Draft> drafts = new ArrayList<>();

	CatalogValidator(Violations violations) {
		this.violations = violations;
	}

	/** Every draft, parents before their children, in request order. */
	List<Draft> drafts() {
		return this.drafts;
	}

	/** Checks one top-level object of the request. */
	void topLevel(CatalogObject object, String path) {
		if (object == null) {
			missing(path);
			return;
		}
		draft(object, path, null, -1);
	}

	private Draft draft(CatalogObject o, String path, Draft parent, int position) {
		String id = o.id();
		if (id == null || id.isBlank()) {
			missing(path + ".id");
		}
		else if (id.length() > MAX_ID_LENGTH) {
			add(ErrorCode.VALUE_TOO_LONG, "The id must be at most " + MAX_ID_LENGTH + " characters.", path + ".id");
		}
		else if ("#".equals(id)) {
			add(ErrorCode.INVALID_VALUE, "A temporary id needs characters after the `#`.", path + ".id");
		}
		if (Boolean.TRUE.equals(o.isDeleted())) {
			add(ErrorCode.INVALID_VALUE, "An object cannot be deleted by an upsert; use DELETE /v2/catalog/object/{id}.",
					path + ".is_deleted");
		}
		if (Boolean.FALSE.equals(o.presentAtAllLocations())) {
			add(ErrorCode.INVALID_VALUE, "Every catalog object of this server is present at all locations.",
					path + ".present_at_all_locations");
		}
		CatalogObjectType type = o.type();
		if (type == null) {
			missing(path + ".type");
			return null;
		}
		for (CatalogObjectType other : CatalogObjectType.values()) {
			if (other != type && o.data(other) != null) {
				add(ErrorCode.INVALID_VALUE, "`" + other.dataField() + "` does not belong to an object of type " + type
						+ "; send `" + type.dataField() + "`.", path + "." + other.dataField());
			}
		}
		Draft draft = new Draft(path, type, (id == null || id.isBlank()) ? null : id, o.version(), parent, position);
		this.drafts.add(draft);
		Object data = o.data(type);
		String dataPath = path + "." + type.dataField();
		if (data == null) {
			missing(dataPath);
			return draft;
		}
		switch (type) {
			case ITEM -> item(draft, (ItemData) data, dataPath);
			case ITEM_VARIATION -> variation(draft, (ItemVariationData) data, dataPath);
			case MODIFIER_LIST -> modifierList(draft, (ModifierListData) data, dataPath);
			case MODIFIER -> modifier(draft, (ModifierData) data, dataPath);
			case DISCOUNT -> discount(draft, (DiscountData) data, dataPath);
			case TAX -> tax(draft, (TaxData) data, dataPath);
			case SUBSCRIPTION_PLAN -> plan(draft, (SubscriptionPlanData) data, dataPath);
		}
		return draft;
	}

	private void item(Draft d, ItemData data, String path) {
		d.name = name(data.name(), path + ".name", 512);
		d.description = text(data.description(), path + ".description", 4096);
		text(data.abbreviation(), path + ".abbreviation", 24);
		color(data.labelColor(), path + ".label_color");
		if (data.taxIds() != null) {
			for (int i = 0; i < data.taxIds().size(); i++) {
				reference(d, data.taxIds().get(i), CatalogObjectType.TAX, path + ".tax_ids[" + i + "]");
			}
		}
		if (data.modifierListInfo() != null) {
			for (int i = 0; i < data.modifierListInfo().size(); i++) {
				ItemData.ModifierListInfo info = data.modifierListInfo().get(i);
				String p = path + ".modifier_list_info[" + i + "]";
				if (info == null) {
					missing(p);
					continue;
				}
				reference(d, info.modifierListId(), CatalogObjectType.MODIFIER_LIST, p + ".modifier_list_id");
				atLeast(info.minSelectedModifiers(), -1, p + ".min_selected_modifiers");
				atLeast(info.maxSelectedModifiers(), -1, p + ".max_selected_modifiers");
			}
		}
		children(d, data.variations(), path + ".variations");
		d.data = data.withVariations(null);
	}

	private void variation(Draft d, ItemVariationData data, String path) {
		parentReference(d, data.itemId(), path + ".item_id");
		d.name = text(data.name(), path + ".name", 255);
		text(data.sku(), path + ".sku", 255);
		ItemVariationData.PricingType pricing = data.pricingType();
		if (pricing == null) {
			pricing = (data.priceMoney() != null) ? ItemVariationData.PricingType.FIXED_PRICING
					: ItemVariationData.PricingType.VARIABLE_PRICING;
		}
		if (pricing == ItemVariationData.PricingType.FIXED_PRICING) {
			money(data.priceMoney(), path + ".price_money", true);
		}
		else if (data.priceMoney() != null) {
			add(ErrorCode.INVALID_VALUE, "A VARIABLE_PRICING variation has no price_money; its price is set at sale.",
					path + ".price_money");
		}
		d.data = new ItemVariationData(null, data.name(), data.sku(), null, pricing, data.priceMoney());
	}

	private void modifierList(Draft d, ModifierListData data, String path) {
		d.name = name(data.name(), path + ".name", 255);
		children(d, data.modifiers(), path + ".modifiers");
		d.data = data.withModifiers(null);
	}

	private void modifier(Draft d, ModifierData data, String path) {
		parentReference(d, data.modifierListId(), path + ".modifier_list_id");
		d.name = name(data.name(), path + ".name", 255);
		money(data.priceMoney(), path + ".price_money", false);
		d.data = data.placed(null, null);
	}

	private void discount(Draft d, DiscountData data, String path) {
		d.name = name(data.name(), path + ".name", 255);
		color(data.labelColor(), path + ".label_color");
		DiscountData.DiscountType type = data.discountType();
		if (type == null) {
			if (data.percentage() != null && data.amountMoney() == null) {
				type = DiscountData.DiscountType.FIXED_PERCENTAGE;
			}
			else if (data.amountMoney() != null && data.percentage() == null) {
				type = DiscountData.DiscountType.FIXED_AMOUNT;
			}
			else {
				missing(path + ".discount_type");
				return;
			}
		}
		if (type.isPercentage()) {
			percentage(data.percentage(), path + ".percentage", type == DiscountData.DiscountType.FIXED_PERCENTAGE);
			notAllowed(data.amountMoney() != null, type, path + ".amount_money");
			money(data.maximumAmountMoney(), path + ".maximum_amount_money", false);
		}
		else {
			money(data.amountMoney(), path + ".amount_money", type == DiscountData.DiscountType.FIXED_AMOUNT);
			notAllowed(data.percentage() != null, type, path + ".percentage");
			notAllowed(data.maximumAmountMoney() != null, type, path + ".maximum_amount_money");
		}
		d.data = data.withType(type);
	}

	private void tax(Draft d, TaxData data, String path) {
		d.name = name(data.name(), path + ".name", 255);
		percentage(data.percentage(), path + ".percentage", true);
		if (data.calculationPhase() == TaxData.CalculationPhase.TAX_TOTAL_PHASE) {
			add(ErrorCode.INVALID_VALUE, "Only TAX_SUBTOTAL_PHASE is supported: orders apply taxes after discounts.",
					path + ".calculation_phase");
		}
		d.data = data.withDefaults();
	}

	private void plan(Draft d, SubscriptionPlanData data, String path) {
		d.name = name(data.name(), path + ".name", 255);
		List<SubscriptionPlanData.Phase> phases = data.phases();
		if (phases == null || phases.isEmpty()) {
			missing(path + ".phases");
			return;
		}
		List<SubscriptionPlanData.Phase> numbered = new ArrayList<>();
		Set<String> uids = new HashSet<>();
		String currency = null;
		for (int i = 0; i < phases.size(); i++) {
			SubscriptionPlanData.Phase phase = phases.get(i);
			String p = path + ".phases[" + i + "]";
			if (phase == null) {
				missing(p);
				continue;
			}
			if (phase.cadence() == null) {
				missing(p + ".cadence");
			}
			if (phase.periods() == null && i < phases.size() - 1) {
				add(ErrorCode.INVALID_VALUE, "Only the last phase can recur forever; give this one `periods`.",
						p + ".periods");
			}
			atLeast(phase.periods(), 1, p + ".periods");
			if (phase.ordinal() != null && phase.ordinal() != i) {
				add(ErrorCode.INVALID_VALUE, "The ordinal of a phase is its position in `phases`: " + i + ".",
						p + ".ordinal");
			}
			if (phase.uid() != null) {
				if (phase.uid().isBlank() || phase.uid().length() > MAX_ID_LENGTH) {
					add(ErrorCode.INVALID_VALUE, "A phase uid has 1 to " + MAX_ID_LENGTH + " characters.", p + ".uid");
				}
				else if (!uids.add(phase.uid())) {
					add(ErrorCode.INVALID_VALUE, "The phase uid `" + ErrorResponses.truncate(phase.uid())
							+ "` is used twice.", p + ".uid");
				}
			}
			if (money(phase.recurringPriceMoney(), p + ".recurring_price_money", true)) {
				String c = phase.recurringPriceMoney().currency();
				if (currency == null) {
					currency = c;
				}
				else if (!currency.equals(c)) {
					add(ErrorCode.INVALID_VALUE, "Every phase of a plan bills in one currency (" + currency + ").",
							p + ".recurring_price_money.currency");
				}
			}
			numbered.add(phase.numbered(
					(phase.uid() != null) ? phase.uid() : io.theneo.emulator.web.Ids.catalogId(), i));
		}
		d.data = data.withPhases(numbered);
	}

	private void children(Draft d, List<CatalogObject> children, String path) {
		if (children == null) {
			return;
		}
		d.childrenGiven = true;
		if (children.size() > MAX_CHILDREN) {
			add(ErrorCode.VALUE_TOO_HIGH, "At most " + MAX_CHILDREN + " nested objects.", path);
			return;
		}
		CatalogObjectType childType = d.type.childType();
		for (int i = 0; i < children.size(); i++) {
			CatalogObject child = children.get(i);
			String p = path + "[" + i + "]";
			if (child == null) {
				missing(p);
				continue;
			}
			if (child.type() != null && child.type() != childType) {
				add(ErrorCode.INVALID_VALUE, "A " + d.type + " holds objects of type " + childType + ", not "
						+ child.type() + ".", p + ".type");
				continue;
			}
			Draft c = draft(child, p, d, i);
			if (c != null) {
				d.children.add(c);
			}
		}
	}

	/** item_id / modifier_list_id: required on its own, optional inside its parent (where it must name the parent). */
	private void parentReference(Draft d, String given, String path) {
		CatalogObjectType parentType = d.type.parentType();
		if (d.parent != null) {
			if (given != null && !given.equals(d.parent.givenId)) {
				add(ErrorCode.INVALID_VALUE, "A nested " + d.type + " belongs to the enclosing " + parentType
						+ "; leave this out or give `" + ErrorResponses.truncate(d.parent.givenId) + "`.", path);
			}
			return;
		}
		if (given == null || given.isBlank()) {
			missing(path);
			return;
		}
		d.parentRef = new Draft.Ref(given, parentType, path);
	}

	private void reference(Draft d, String id, CatalogObjectType type, String path) {
		if (id == null || id.isBlank()) {
			missing(path);
			return;
		}
		d.refs.add(new Draft.Ref(id, type, path));
	}

	private String name(String value, String path, int max) {
		if (value == null || value.isBlank()) {
			missing(path);
			return value;
		}
		return text(value, path, max);
	}

	private String text(String value, String path, int max) {
		if (value != null && value.length() > max) {
			add(ErrorCode.VALUE_TOO_LONG, "Field `" + path + "` must be at most " + max + " characters.", path);
		}
		return value;
	}

	private void color(String value, String path) {
		if (value != null && !HEX_COLOR.matcher(value).matches()) {
			add(ErrorCode.INVALID_VALUE, "A label color is a hex color code such as `9da2c4`.", path);
		}
	}

	private void atLeast(Integer value, int min, String path) {
		if (value != null && value < min) {
			add(ErrorCode.VALUE_TOO_LOW, "Field `" + path + "` must be at least " + min + ".", path);
		}
	}

	private void notAllowed(boolean present, DiscountData.DiscountType type, String path) {
		if (present) {
			add(ErrorCode.INVALID_VALUE, "A " + type + " discount has no `" + path.substring(path.lastIndexOf('.') + 1)
					+ "`.", path);
		}
	}

	/** A decimal string from 0 to 100 ("7.25", "0.5"). */
	private void percentage(String value, String path, boolean required) {
		if (value == null) {
			if (required) {
				missing(path);
			}
			return;
		}
		if (!DECIMAL.matcher(value).matches()) {
			add(ErrorCode.INVALID_VALUE, "The percentage `" + ErrorResponses.truncate(value)
					+ "` is not a decimal string such as \"7.25\".", path);
			return;
		}
		BigDecimal p = new BigDecimal(value);
		if (p.signum() < 0) {
			add(ErrorCode.VALUE_TOO_LOW, "The percentage must be at least 0.", path);
		}
		else if (p.compareTo(HUNDRED) > 0) {
			add(ErrorCode.VALUE_TOO_HIGH, "The percentage must be at most 100.", path);
		}
	}

	/** @return whether the money is present and valid */
	private boolean money(CatalogMoney money, String path, boolean required) {
		if (money == null) {
			if (required) {
				missing(path);
			}
			return false;
		}
		boolean valid = true;
		if (money.amount() == null) {
			missing(path + ".amount");
			valid = false;
		}
		else if (money.amount() < 0) {
			add(ErrorCode.VALUE_TOO_LOW, "A catalog price cannot be negative.", path + ".amount");
			valid = false;
		}
		if (money.currency() == null || money.currency().isBlank()) {
			missing(path + ".currency");
			valid = false;
		}
		else if (!isCurrency(money.currency())) {
			add(ErrorCode.INVALID_VALUE, "`" + ErrorResponses.truncate(money.currency())
					+ "` is not an ISO 4217 currency code with minor units.", path + ".currency");
			valid = false;
		}
		return valid;
	}

	static boolean isCurrency(String code) {
		if (code.length() != 3 || !code.chars().allMatch((c) -> c >= 'A' && c <= 'Z')) {
			return false;
		}
		try {
			return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private void missing(String path) {
		add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `" + path + "` is required.", path);
	}

	private void add(ErrorCode code, String detail, String path) {
		this.violations.add(code, detail, path);
	}

}
