package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Square's CatalogDiscount. Percentage types carry {@code percentage} (a decimal string, "0.5" is half a
 * percent), amount types {@code amount_money}; the VARIABLE forms leave the value to the sale.
 */
@Schema(name = "CatalogDiscount")
record DiscountData(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Membership Discount") String name,
		@Schema(example = "FIXED_PERCENTAGE",
				description = "Inferred when left out: FIXED_PERCENTAGE with a percentage, FIXED_AMOUNT with an amount.")
		DiscountType discountType,
		@Schema(example = "0.5") String percentage, CatalogMoney amountMoney, Boolean pinRequired, String labelColor,
		ModifyTaxBasis modifyTaxBasis, CatalogMoney maximumAmountMoney) {

	enum DiscountType {
		FIXED_PERCENTAGE, FIXED_AMOUNT, VARIABLE_PERCENTAGE, VARIABLE_AMOUNT;

		boolean isPercentage() {
			return this == FIXED_PERCENTAGE || this == VARIABLE_PERCENTAGE;
		}
	}

	enum ModifyTaxBasis {
		MODIFY_TAX_BASIS, DO_NOT_MODIFY_TAX_BASIS
	}

	DiscountData withType(DiscountType type) {
		return new DiscountData(this.name, type, this.percentage, this.amountMoney, this.pinRequired, this.labelColor,
				this.modifyTaxBasis, this.maximumAmountMoney);
	}

}
