package io.theneo.emulator.catalog;

import java.util.List;
import java.util.function.UnaryOperator;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Square's CatalogItem. {@code variations} are whole ITEM_VARIATION objects; on an update, a given list replaces the
 * item's variations (those left out are deleted) and a missing one keeps them.
 */
@Schema(name = "CatalogItem")
record ItemData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "New York Steak") String name,
		@Schema(example = "Grass-fed strip loin") String description, @Schema(example = "NYS") String abbreviation,
		@Schema(example = "9da2c4") String labelColor, @Schema(example = "true") Boolean isTaxable,
		@Schema(description = "Ids of TAX objects enabled for the item.") List<String> taxIds,
		List<ModifierListInfo> modifierListInfo, List<CatalogObject> variations) {

	/** Square's CatalogItemModifierListInfo: a modifier list that applies to the item. */
	@Schema(name = "CatalogItemModifierListInfo")
	record ModifierListInfo(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String modifierListId,
			Integer minSelectedModifiers, Integer maxSelectedModifiers, Boolean enabled, Integer ordinal) {

		ModifierListInfo withModifierListId(String id) {
			return new ModifierListInfo(id, this.minSelectedModifiers, this.maxSelectedModifiers, this.enabled,
					this.ordinal);
		}

	}

	ItemData withVariations(List<CatalogObject> variations) {
		return new ItemData(this.name, this.description, this.abbreviation, this.labelColor, this.isTaxable,
				this.taxIds, this.modifierListInfo, variations);
	}

	/** The same item with its references to taxes and modifier lists passed through {@code resolve}. */
	ItemData withReferences(UnaryOperator<String> resolve) {
		return new ItemData(this.name, this.description, this.abbreviation, this.labelColor, this.isTaxable,
				(this.taxIds == null) ? null : this.taxIds.stream().map(resolve).toList(),
				(this.modifierListInfo == null) ? null
						: this.modifierListInfo.stream()
							.map((info) -> info.withModifierListId(resolve.apply(info.modifierListId())))
							.toList(),
				this.variations);
	}

}
