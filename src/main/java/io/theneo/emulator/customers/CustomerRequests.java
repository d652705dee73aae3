package io.theneo.emulator.customers;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The request bodies of the customer endpoints, for the OpenAPI document only: the endpoints read the JSON themselves
 * ({@link CustomerChanges}) because {@code null}, {@code ""}, {@code {}} and an absent field mean different things.
 */
final class CustomerRequests {

	private CustomerRequests() {
	}

	@Schema(name = "CreateCustomerRequest", description = "At least one of given_name, family_name, company_name,"
			+ " email_address and phone_number. Read-only fields (id, created_at, updated_at, creation_source,"
			+ " group_ids, preferences, version) are refused with INVALID_VALUE; unknown fields with"
			+ " UNKNOWN_BODY_PARAMETER.")
	record Create(@Schema(maxLength = 192) String idempotencyKey, @Schema(maxLength = 300) String givenName,
			@Schema(maxLength = 300) String familyName, @Schema(maxLength = 500) String companyName,
			@Schema(maxLength = 100) String nickname,
			@Schema(maxLength = 254, description = "INVALID_EMAIL_ADDRESS when malformed") String emailAddress,
			CustomerView.Address address,
			@Schema(description = "E.164 or a common national form such as (206) 555-0100, 9 to 16 digits;"
					+ " INVALID_PHONE_NUMBER otherwise") String phoneNumber,
			@Schema(maxLength = 100, description = "Unique in the account (409 CONFLICT)") String referenceId,
			@Schema(maxLength = 4096) String note,
			@Schema(description = "YYYY-MM-DD or MM-DD; returned as 0000-MM-DD without a year") String birthday) {
	}

	@Schema(name = "UpdateCustomerRequest", description = "Sparse: only the fields named change. \"\", {} or null"
			+ " removes an attribute; as `address`, the whole address (fields inside it are removed the same way)."
			+ " With `version`, the update applies only to that version (409 VERSION_MISMATCH otherwise).")
	record Update(@Schema(description = "Optional; must equal the path's id") String customerId,
			@Schema(maxLength = 300) String givenName, @Schema(maxLength = 300) String familyName,
			@Schema(maxLength = 500) String companyName, @Schema(maxLength = 100) String nickname,
			@Schema(maxLength = 254) String emailAddress, CustomerView.Address address, String phoneNumber,
			@Schema(maxLength = 100) String referenceId, @Schema(maxLength = 4096) String note, String birthday,
			@Schema(description = "The version the change is based on") Long version) {
	}

}
