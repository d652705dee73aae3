package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CatalogModifier: an option of a modifier list, with an optional surcharge. */
@Schema(name = "CatalogModifier")
record ModifierData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Well") String name,
		CatalogMoney priceMoney, Boolean onByDefault,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "The position within the modifier list.")
		Integer ordinal,
		@Schema(description = "The modifier list; required when the modifier is upserted on its own.")
		String modifierListId) {

	ModifierData placed(String modifierListId, Integer ordinal) {
		return new ModifierData(this.name, this.priceMoney, this.onByDefault, ordinal, modifierListId);
	}

}
