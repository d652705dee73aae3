package io.theneo.emulator.cards;

import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** Square's Address, as a card's billing address. */
@Schema(name = "CardBillingAddress")
record CardAddress(@Size(max = 255) String addressLine1, @Size(max = 255) String addressLine2,
		@Size(max = 255) String addressLine3, @Size(max = 255) String locality, @Size(max = 255) String sublocality,
		@Size(max = 255) String administrativeDistrictLevel1, @Size(max = 255) String administrativeDistrictLevel2,
		@Size(max = 255) String administrativeDistrictLevel3,
		@Size(max = 32) @Schema(example = "94103") String postalCode,
		@Schema(example = "US") String country, @Size(max = 255) String firstName, @Size(max = 255) String lastName) {
}
