package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import io.theneo.emulator.customers.CustomerChanges.AddressField;

/** A customer profile as the wire shows it (Square's Customer, the fields this server keeps). */
@Schema(name = "Customer", description = "A customer profile. Absent attributes are omitted.")
record CustomerView(@Schema(example = "CHFGVKYY8RSV93M5KCYTG4PN0G") String id,
		@Schema(example = "2016-03-23T20:21:54.859Z") Instant createdAt,
		@Schema(example = "2016-03-23T20:21:54.859Z") Instant updatedAt, @Schema(example = "Amelia") String givenName,
		@Schema(example = "Earhart") String familyName, String nickname, String companyName,
		@Schema(example = "Amelia.Earhart@example.com") String emailAddress, Address address,
		@Schema(example = "+1-212-555-4240") String phoneNumber,
		@Schema(example = "1897-07-24", description = "YYYY-MM-DD; 0000-MM-DD when the year is unknown") String birthday,
		@Schema(example = "YOUR_REFERENCE_ID") String referenceId, @Schema(example = "a customer") String note,
		Preferences preferences, @Schema(example = "THIRD_PARTY") String creationSource, List<String> groupIds,
		@Schema(example = "0") long version) {

	@Schema(name = "CustomerAddress")
	record Address(@JsonProperty("address_line_1") @Schema(example = "500 Electric Ave") String addressLine1,
			@JsonProperty("address_line_2") @Schema(example = "Suite 600") String addressLine2,
			@JsonProperty("address_line_3") String addressLine3,
			@Schema(example = "New York") String locality, String sublocality,
			@JsonProperty("sublocality_2") String sublocality2,
			@JsonProperty("sublocality_3") String sublocality3,
			@JsonProperty("administrative_district_level_1") @Schema(example = "NY") String administrativeDistrictLevel1,
			@JsonProperty("administrative_district_level_2") String administrativeDistrictLevel2,
			@JsonProperty("administrative_district_level_3") String administrativeDistrictLevel3,
			@Schema(example = "10003") String postalCode,
			@Schema(example = "US", description = "ISO 3166-1 alpha-2") String country) {

		static Address from(Map<AddressField, String> a) {
			if (a.isEmpty()) {
				return null;
			}
			return new Address(a.get(AddressField.ADDRESS_LINE_1), a.get(AddressField.ADDRESS_LINE_2),
					a.get(AddressField.ADDRESS_LINE_3), a.get(AddressField.LOCALITY), a.get(AddressField.SUBLOCALITY),
					a.get(AddressField.SUBLOCALITY_2), a.get(AddressField.SUBLOCALITY_3),
					a.get(AddressField.ADMINISTRATIVE_DISTRICT_LEVEL_1),
					a.get(AddressField.ADMINISTRATIVE_DISTRICT_LEVEL_2),
					a.get(AddressField.ADMINISTRATIVE_DISTRICT_LEVEL_3), a.get(AddressField.POSTAL_CODE),
					a.get(AddressField.COUNTRY));
		}

	}

	@Schema(name = "CustomerPreferences")
	record Preferences(@Schema(description = "Read-only from the Customers API") boolean emailUnsubscribed) {
	}

	static CustomerView from(Customer c, List<String> groupIds) {
		return new CustomerView(c.getId(), c.getCreatedAt(), c.getUpdatedAt(), c.getGivenName(), c.getFamilyName(),
				c.getNickname(), c.getCompanyName(), c.getEmailAddress(), Address.from(c.address()), c.getPhoneNumber(),
				c.getBirthday(), c.getReferenceId(), c.getNote(), new Preferences(c.isEmailUnsubscribed()),
				c.getCreationSource(), groupIds.isEmpty() ? null : List.copyOf(groupIds), c.getVersion());
	}

}
