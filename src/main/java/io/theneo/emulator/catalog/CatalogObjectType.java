package io.theneo.emulator.catalog;

import java.util.EnumSet;
import java.util.Set;

/** The catalog object types this server keeps (a subset of Square's CatalogObjectType). */
enum CatalogObjectType {

	ITEM("item_data"),
	ITEM_VARIATION("item_variation_data"),
	MODIFIER_LIST("modifier_list_data"),
	MODIFIER("modifier_data"),
	DISCOUNT("discount_data"),
	TAX("tax_data"),
	SUBSCRIPTION_PLAN("subscription_plan_data");

	/** What list and search return when no type is asked for: Square leaves the nested types out. */
	static final Set<CatalogObjectType> TOP_LEVEL = EnumSet.of(ITEM, MODIFIER_LIST, DISCOUNT, TAX, SUBSCRIPTION_PLAN);

	/**
	 * Square's other object types: this server keeps none of them, so asking to list or search them finds nothing (a
	 * client listing {@code ITEM,CATEGORY} still works), while a name Square does not know is INVALID_ENUM_VALUE.
	 */
	static final Set<String> NOT_KEPT = Set.of("IMAGE", "CATEGORY", "PRICING_RULE", "PRODUCT_SET", "TIME_PERIOD",
			"MEASUREMENT_UNIT", "SUBSCRIPTION_PLAN_VARIATION", "ITEM_OPTION", "ITEM_OPTION_VAL",
			"CUSTOM_ATTRIBUTE_DEFINITION", "QUICK_AMOUNTS_SETTINGS", "AVAILABILITY_PERIOD");

	private final String dataField;

	CatalogObjectType(String dataField) {
		this.dataField = dataField;
	}

	/** The wire field that carries this type's data ({@code item_data}, ...). */
	String dataField() {
		return this.dataField;
	}

	/** Variations live inside an item, modifiers inside a modifier list. */
	boolean isNested() {
		return this == ITEM_VARIATION || this == MODIFIER;
	}

	/** The type of the object a nested type belongs to. */
	CatalogObjectType parentType() {
		return switch (this) {
			case ITEM_VARIATION -> ITEM;
			case MODIFIER -> MODIFIER_LIST;
			default -> null;
		};
	}

	/** The type of the objects nested in this one. */
	CatalogObjectType childType() {
		return switch (this) {
			case ITEM -> ITEM_VARIATION;
			case MODIFIER_LIST -> MODIFIER;
			default -> null;
		};
	}

	/** "Item", "Tax", ... for error details. */
	String label() {
		String words = name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
