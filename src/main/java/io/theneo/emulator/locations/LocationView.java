package io.theneo.emulator.locations;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A location as the wire shows it (Square's Location, the fields this server keeps). */
@Schema(name = "Location")
record LocationView(@Schema(example = "057P5VYJ4A5X1") String id, String name, Address address,
		@Schema(example = "America/Los_Angeles") String timezone, List<String> capabilities,
		@Schema(example = "ACTIVE") String status, Instant createdAt, String merchantId,
		@Schema(example = "US") String country, @Schema(example = "en-US") String languageCode,
		@Schema(example = "USD") String currency, String businessName, @Schema(example = "PHYSICAL") String type) {

	record Address(String addressLine1, String locality, String administrativeDistrictLevel1, String postalCode,
			String country) {
	}

	static LocationView from(Location l, String merchantId) {
		return new LocationView(l.getId(), l.getName(),
				new Address(l.getAddressLine1(), l.getLocality(), l.getAdministrativeDistrictLevel1(),
						l.getPostalCode(), l.getCountry()),
				l.getTimezone(), List.of("CREDIT_CARD_PROCESSING"), "ACTIVE", l.getCreatedAt(), merchantId,
				l.getCountry(), "en-US", l.getCurrency(), l.getBusinessName(), "PHYSICAL");
	}

}
