package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CatalogItemVariation: a sellable form of an item with its price. */
@Schema(name = "CatalogItemVariation")
record ItemVariationData(
		@Schema(example = "#steak",
				description = "The item; required when the variation is upserted on its own, else the enclosing item.")
		String itemId,
		@Schema(example = "Larger") String name, @Schema(example = "NYS-L") String sku,
		@Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "The position within the item.") Integer ordinal,
		@Schema(example = "FIXED_PRICING",
				description = "Defaults to FIXED_PRICING when price_money is given, else VARIABLE_PRICING.")
		PricingType pricingType,
		CatalogMoney priceMoney) {

	enum PricingType {
		FIXED_PRICING, VARIABLE_PRICING
	}

	ItemVariationData placed(String itemId, Integer ordinal) {
		return new ItemVariationData(itemId, this.name, this.sku, ordinal, this.pricingType, this.priceMoney);
	}

}
