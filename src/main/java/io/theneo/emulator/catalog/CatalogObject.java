package io.theneo.emulator.catalog;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Square's CatalogObject, for the types this server keeps: the common attributes and exactly one {@code *_data} field,
 * the one of its {@code type}. The same shape goes in (upsert) and out; on the way in {@code updated_at} is ignored
 * and {@code id} is either an existing id or a {@code #}-prefixed temporary id.
 */
@Schema(name = "CatalogObject")
record CatalogObject(
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "ITEM") CatalogObjectType type,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "#steak",
				description = "An existing id to update that object, or a temporary id starting with `#` to create one;"
						+ " the answer's `id_mappings` gives the id the server assigned.") String id,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "2021-10-20T21:53:10.123Z") Instant updatedAt,
		@Schema(example = "1634766790123",
				description = "Increases on every change. Sent on an update, it must equal the stored one (else 409"
						+ " VERSION_MISMATCH); left out, the update applies to the latest.") Long version,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "false") Boolean isDeleted,
		@Schema(example = "true", description = "Always true: every catalog object is present at all locations.")
		Boolean presentAtAllLocations,
		ItemData itemData,
		ItemVariationData itemVariationData,
		ModifierListData modifierListData,
		ModifierData modifierData,
		DiscountData discountData,
		TaxData taxData,
		SubscriptionPlanData subscriptionPlanData) {

	/** An object as the server answers it, with {@code data} put in the field of {@code type}. */
	static CatalogObject of(CatalogObjectType type, String id, Instant updatedAt, long version, boolean deleted,
			Object data) {
		return new CatalogObject(type, id, updatedAt, version, deleted, true,
				(type == CatalogObjectType.ITEM) ? (ItemData) data : null,
				(type == CatalogObjectType.ITEM_VARIATION) ? (ItemVariationData) data : null,
				(type == CatalogObjectType.MODIFIER_LIST) ? (ModifierListData) data : null,
				(type == CatalogObjectType.MODIFIER) ? (ModifierData) data : null,
				(type == CatalogObjectType.DISCOUNT) ? (DiscountData) data : null,
				(type == CatalogObjectType.TAX) ? (TaxData) data : null,
				(type == CatalogObjectType.SUBSCRIPTION_PLAN) ? (SubscriptionPlanData) data : null);
	}

	/** The data field of {@code t}, whatever this object's own type. */
	Object data(CatalogObjectType t) {
		return switch (t) {
			case ITEM -> this.itemData;
			case ITEM_VARIATION -> this.itemVariationData;
			case MODIFIER_LIST -> this.modifierListData;
			case MODIFIER -> this.modifierData;
			case DISCOUNT -> this.discountData;
			case TAX -> this.taxData;
			case SUBSCRIPTION_PLAN -> this.subscriptionPlanData;
		};
	}

}
