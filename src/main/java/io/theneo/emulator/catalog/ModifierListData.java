package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CatalogModifierList; {@code modifiers} are whole MODIFIER objects and behave like item variations. */
@Schema(name = "CatalogModifierList")
record ModifierListData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Steak temperature") String name,
		Integer ordinal, @Schema(example = "SINGLE") SelectionType selectionType, List<CatalogObject> modifiers) {

	enum SelectionType {
		SINGLE, MULTIPLE
	}

	ModifierListData withModifiers(List<CatalogObject> modifiers) {
		return new ModifierListData(this.name, this.ordinal, this.selectionType, modifiers);
	}

}
