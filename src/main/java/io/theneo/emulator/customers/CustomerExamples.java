package io.theneo.emulator.customers;

/**
 * Request and response examples of the OpenAPI document: the demo customer of FIXTURES.md (Amelia Earhart, as in the
 * reference the demo was copied from), the list filters of 002/003 and the CRM reference "NC-3" of 003.
 */
final class CustomerExamples {

	static final String CREATE_REQUEST = """
			{
			  "idempotency_key": "8193148c-9586-11e6-99f9-28cfe92138cf",
			  "given_name": "Amelia",
			  "family_name": "Earhart",
			  "email_address": "Amelia.Earhart@example.com",
			  "address": {
			    "address_line_1": "500 Electric Ave",
			    "address_line_2": "Suite 600",
			    "locality": "New York",
			    "administrative_district_level_1": "NY",
			    "postal_code": "10003",
			    "country": "US"
			  },
			  "phone_number": "+1-212-555-4240",
			  "reference_id": "YOUR_REFERENCE_ID",
			  "note": "a customer",
			  "birthday": "07-24"
			}""";

	static final String CUSTOMER_RESPONSE = """
			{
			  "customer": {
			    "id": "JDKYHBWT1D4F8MFH63DBMEN8Y4",
			    "created_at": "2016-03-23T20:21:54.859Z",
			    "updated_at": "2016-03-23T20:21:54.859Z",
			    "given_name": "Amelia",
			    "family_name": "Earhart",
			    "email_address": "Amelia.Earhart@example.com",
			    "address": {
			      "address_line_1": "500 Electric Ave",
			      "address_line_2": "Suite 600",
			      "locality": "New York",
			      "administrative_district_level_1": "NY",
			      "postal_code": "10003",
			      "country": "US"
			    },
			    "phone_number": "+1-212-555-4240",
			    "birthday": "0000-07-24",
			    "reference_id": "YOUR_REFERENCE_ID",
			    "note": "a customer",
			    "preferences": {"email_unsubscribed": false},
			    "creation_source": "THIRD_PARTY",
			    "version": 0
			  }
			}""";

	static final String UPDATE_REQUEST = """
			{
			  "email_address": "New.Amelia.Earhart@example.com",
			  "note": "updated customer note",
			  "phone_number": "",
			  "address": {"address_line_2": null},
			  "version": 0
			}""";

	static final String UPDATED_RESPONSE = """
			{
			  "customer": {
			    "id": "JDKYHBWT1D4F8MFH63DBMEN8Y4",
			    "created_at": "2016-03-23T20:21:54.859Z",
			    "updated_at": "2016-05-15T20:21:55.004Z",
			    "given_name": "Amelia",
			    "family_name": "Earhart",
			    "email_address": "New.Amelia.Earhart@example.com",
			    "address": {
			      "address_line_1": "500 Electric Ave",
			      "locality": "New York",
			      "administrative_district_level_1": "NY",
			      "postal_code": "10003",
			      "country": "US"
			    },
			    "birthday": "0000-07-24",
			    "reference_id": "YOUR_REFERENCE_ID",
			    "note": "updated customer note",
			    "preferences": {"email_unsubscribed": false},
			    "creation_source": "THIRD_PARTY",
			    "version": 1
			  }
			}""";

	static final String MERGE_PATCH_REQUEST = """
			{
			  "nickname": "Lady Lindy",
			  "phone_number": null,
			  "address": {"postal_code": "10004"}
			}""";

	static final String LIST_RESPONSE = """
			{
			  "customers": [
			    {
			      "id": "CHFGVKYY8RSV93M5KCYTG4PN0G",
			      "created_at": "2021-10-20T18:24:33.122Z",
			      "updated_at": "2021-10-20T18:24:33.122Z",
			      "given_name": "Amelia",
			      "family_name": "Earhart",
			      "email_address": "amelia.earhart@example.com",
			      "phone_number": "+1-212-555-4240",
			      "preferences": {"email_unsubscribed": false},
			      "creation_source": "DIRECTORY",
			      "group_ids": ["2TAT3CMH4Q0A9M87XJZED0WMR3"],
			      "version": 0
			    }
			  ],
			  "cursor": "Y2hmZ3ZreXk4cnN2OTNtNWtjeXRnNHBuMGc.3q2-7wAAAAAAAAAAAAAAAA",
			  "count": 12
			}""";

	static final String SEARCH_REQUEST = """
			{
			  "limit": 2,
			  "query": {
			    "filter": {
			      "created_at": {
			        "start_at": "2018-01-01T00:00:00-00:00",
			        "end_at": "2018-02-01T00:00:00-00:00"
			      },
			      "creation_source": {"values": ["THIRD_PARTY"], "rule": "INCLUDE"},
			      "email_address": {"fuzzy": "example.com"},
			      "group_ids": {"all": ["545AXB44B4XXWMVQ4W8SBT3HHF"]}
			    },
			    "sort": {"field": "CREATED_AT", "order": "ASC"}
			  }
			}""";

	static final String UPSERT_REQUEST = """
			{
			  "idempotency_key": "7d943c51-e4ff-4e57-9558-08cab6b963c7",
			  "company_name": "Marie's Jewelry",
			  "email_address": "contact@maries-jewelry.example",
			  "address": {"locality": "Nice", "country": "FR"}
			}""";

	static final String UPSERT_RESPONSE = """
			{
			  "customer": {
			    "id": "N3ZQ4KXW8E2R9T6Y1U5I7O0PAS",
			    "created_at": "2015-12-17T23:00:00.000Z",
			    "updated_at": "2015-12-17T23:00:00.000Z",
			    "company_name": "Marie's Jewelry",
			    "email_address": "contact@maries-jewelry.example",
			    "address": {"locality": "Nice", "country": "FR"},
			    "reference_id": "NC-3",
			    "preferences": {"email_unsubscribed": false},
			    "creation_source": "THIRD_PARTY",
			    "version": 0
			  }
			}""";

	static final String GROUP_REQUEST = """
			{"group": {"name": "Loyal Customers"}, "idempotency_key": "4f3a2d71-7b1e-4f1a-9d33-6a3f0b1c9e21"}""";

	static final String GROUP_RESPONSE = """
			{
			  "group": {
			    "id": "2TAT3CMH4Q0A9M87XJZED0WMR3",
			    "name": "Loyal Customers",
			    "created_at": "2020-04-13T21:54:57.863Z",
			    "updated_at": "2020-04-13T21:54:57.863Z"
			  }
			}""";

	static final String GROUPS_RESPONSE = """
			{
			  "groups": [
			    {"id": "2TAT3CMH4Q0A9M87XJZED0WMR3", "name": "Loyal Customers",
			     "created_at": "2020-04-13T21:54:57.863Z", "updated_at": "2020-04-13T21:54:57.863Z"},
			    {"id": "4XMEHESXJBNE9S9JAKZD2FGB14", "name": "Super Loyal Customers",
			     "created_at": "2020-04-13T21:55:18.795Z", "updated_at": "2020-04-13T21:55:18.795Z"}
			  ]
			}""";

	static final String EMPTY = "{}";

	static final String NOT_FOUND = """
			{"errors": [{"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "NOT_FOUND",
			  "detail": "Customer with ID `CHFGVKYY8RSV93M5KCYTG4PN0X` not found."}]}""";

	static final String VERSION_MISMATCH = """
			{"errors": [{"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "VERSION_MISMATCH",
			  "detail": "Supplied version 1 does not match the current version 3 of customer JDKYHBWT1D4F8MFH63DBMEN8Y4.",
			  "field": "version"}]}""";

	static final String VALIDATION_ERRORS = """
			{"errors": [
			  {"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "INVALID_EMAIL_ADDRESS",
			   "detail": "Field `email_address` is not a valid email address: `amelia@`.", "field": "email_address"},
			  {"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "INVALID_VALUE",
			   "detail": "Field `address.country` must be an ISO 3166-1 alpha-2 country code such as US or FR: `USA`.",
			   "field": "address.country"}
			]}""";

	static final String CONFLICT = """
			{"errors": [{"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "CONFLICT",
			  "detail": "The reference id `NC-3` is already used by another customer of this account.",
			  "field": "reference_id"}]}""";

	static final String INVALID_CURSOR = """
			{"errors": [{"category": "INVALID_REQUEST_ERROR", "type": "invalid_request_error", "code": "INVALID_CURSOR",
			  "detail": "The cursor is not valid for this request: use the cursor of the previous page of the same query.",
			  "field": "cursor"}]}""";

	private CustomerExamples() {
	}

}
