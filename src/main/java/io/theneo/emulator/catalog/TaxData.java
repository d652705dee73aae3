package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's CatalogTax. Only the subtotal phase is kept: orders tax after discounts (PRICING.md). */
@Schema(name = "CatalogTax")
record TaxData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "State Sales Tax") String name,
		@Schema(example = "TAX_SUBTOTAL_PHASE", description = "Defaults to TAX_SUBTOTAL_PHASE, the only one supported.")
		CalculationPhase calculationPhase,
		@Schema(example = "ADDITIVE", description = "Defaults to ADDITIVE.") InclusionType inclusionType,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "9") String percentage,
		Boolean appliesToCustomAmounts, @Schema(example = "true", description = "Defaults to true.") Boolean enabled) {

	enum CalculationPhase {
		TAX_SUBTOTAL_PHASE, TAX_TOTAL_PHASE
	}

	enum InclusionType {
		ADDITIVE, INCLUSIVE
	}

	TaxData withDefaults() {
		return new TaxData(this.name, (this.calculationPhase != null) ? this.calculationPhase
				: CalculationPhase.TAX_SUBTOTAL_PHASE,
				(this.inclusionType != null) ? this.inclusionType : InclusionType.ADDITIVE, this.percentage,
				this.appliesToCustomAmounts, (this.enabled != null) ? this.enabled : Boolean.TRUE);
	}

}
