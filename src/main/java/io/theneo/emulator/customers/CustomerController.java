package io.theneo.emulator.customers;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.customers.CustomerChanges.Mode;

@Tag(name = "Customers", description = "Create and manage customer profiles and sync CRM systems (000 §Customers,"
		+ " 001 Customer CRM API).")
@RestController
class CustomerController {

	static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private final CustomerService customers;

	private final CustomerSearch search;

	CustomerController(CustomerService customers, CustomerSearch search) {
		this.customers = customers;
		this.search = search;
	}

	@Schema(name = "CustomerResponse")
	record One(CustomerView customer) {
	}

	@Operation(summary = "Create a customer", description = """
			Creates a customer profile. At least one of given_name, family_name, company_name, email_address and \
			phone_number is required (MISSING_REQUIRED_PARAMETER). email_address (INVALID_EMAIL_ADDRESS), \
			phone_number (INVALID_PHONE_NUMBER), birthday and address.country (INVALID_VALUE) and lengths \
			(VALUE_TOO_LONG) are checked, and every problem is reported at once with its field. The profile starts at \
			version 0 with creation_source THIRD_PARTY. A repeated `idempotency_key` (body or Idempotency-Key header) \
			replays the first response.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = CustomerRequests.Create.class),
			examples = @ExampleObject(name = "Amelia Earhart", value = CustomerExamples.CREATE_REQUEST)))
	@ApiResponse(responseCode = "200", description = "The new customer", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.CUSTOMER_RESPONSE)))
	@ApiResponse(responseCode = "400", description = "MISSING_REQUIRED_PARAMETER, INVALID_EMAIL_ADDRESS,"
			+ " INVALID_PHONE_NUMBER, INVALID_VALUE (birthday, address.country, read-only field), VALUE_TOO_LONG,"
			+ " UNKNOWN_BODY_PARAMETER, IDEMPOTENCY_KEY_REUSED", content = @Content(
					schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
					examples = @ExampleObject(CustomerExamples.VALIDATION_ERRORS)))
	@ApiResponse(responseCode = "409", description = "CONFLICT: the reference_id is taken", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.CONFLICT)))
	@Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, description = "Replays the first response of a"
			+ " request with this key; at most 192 characters", schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PostMapping("/v2/customers")
	One create(Tenant tenant, @RequestBody JsonNode body) {
		return new One(this.customers.create(tenant.accountId(), body));
	}

	@Operation(summary = "List customers", description = """
			Lists the account's customers, 1 to 100 per page (default 100), by DEFAULT order (given and family \
			name; without them company, email, phone) or CREATED_AT, ascending or descending. Filters (all must \
			match): given_name, family_name, company_name, email_address, reference_id (case-insensitive, `*` \
			matches any run of characters, e.g. `reference_id=*ef-6*`), phone_number (compared in E.164; `*` \
			patterns match the E.164 form), group_id, and created_at_/updated_at_ gt, gte, lt, lte (RFC 3339, \
			e.g. 2015-12-17T23:00:00Z). `count=true` adds the number of matching customers. Answers `{}` when none \
			match. The cursor continues only the query that produced it.""")
	@ApiResponse(responseCode = "200", description = "A page of customers", content = @Content(
			schema = @Schema(implementation = CustomerPage.class), examples = {
					@ExampleObject(name = "page", value = CustomerExamples.LIST_RESPONSE),
					@ExampleObject(name = "nothing matches", value = CustomerExamples.EMPTY) }))
	@ApiResponse(responseCode = "400", description = "VALUE_TOO_LOW/VALUE_TOO_HIGH (limit), INVALID_ENUM_VALUE"
			+ " (sort_field, sort_order), INVALID_TIME, INVALID_TIME_RANGE, INVALID_CURSOR, UNKNOWN_QUERY_PARAMETER",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
					examples = @ExampleObject(CustomerExamples.INVALID_CURSOR)))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@GetMapping("/v2/customers")
	CustomerPage list(Tenant tenant,
			@Parameter(description = "The cursor of the previous page")
			@RequestParam(name = "cursor", required = false) String cursor,
			@Parameter(description = "1..100, default 100", example = "100")
			@RequestParam(name = "limit", required = false) String limit,
			@Parameter(schema = @Schema(allowableValues = { "DEFAULT", "CREATED_AT" }, defaultValue = "DEFAULT"))
			@RequestParam(name = "sort_field", required = false) String sortField,
			@Parameter(schema = @Schema(allowableValues = { "ASC", "DESC" }, defaultValue = "ASC"))
			@RequestParam(name = "sort_order", required = false) String sortOrder,
			@Parameter(description = "true adds `count`", schema = @Schema(type = "boolean"))
			@RequestParam(name = "count", required = false) String count,
			@Parameter(example = "Alice") @RequestParam(name = "given_name", required = false) String givenName,
			@Parameter(example = "Smith") @RequestParam(name = "family_name", required = false) String familyName,
			@RequestParam(name = "company_name", required = false) String companyName,
			@Parameter(example = "*@example.com")
			@RequestParam(name = "email_address", required = false) String emailAddress,
			@Parameter(example = "+12065550100")
			@RequestParam(name = "phone_number", required = false) String phoneNumber,
			@Parameter(example = "*ef-6*") @RequestParam(name = "reference_id", required = false) String referenceId,
			@RequestParam(name = "group_id", required = false) String groupId,
			@Parameter(example = "2015-12-17T23:00:00Z")
			@RequestParam(name = "created_at_gt", required = false) String createdAtGt,
			@RequestParam(name = "created_at_gte", required = false) String createdAtGte,
			@RequestParam(name = "created_at_lt", required = false) String createdAtLt,
			@RequestParam(name = "created_at_lte", required = false) String createdAtLte,
			@RequestParam(name = "updated_at_gt", required = false) String updatedAtGt,
			@RequestParam(name = "updated_at_gte", required = false) String updatedAtGte,
			@RequestParam(name = "updated_at_lt", required = false) String updatedAtLt,
			@RequestParam(name = "updated_at_lte", required = false) String updatedAtLte) {
		return this.search.list(tenant.accountId(), new CustomerSearch.ListParams(cursor, limit, sortField, sortOrder,
				count, givenName, familyName, companyName, emailAddress, phoneNumber, referenceId, groupId, createdAtGt,
				createdAtGte, createdAtLt, createdAtLte, updatedAtGt, updatedAtGte, updatedAtLt, updatedAtLte));
	}

	@Operation(summary = "Search customers", description = """
			Searches the account's customers. query.filter: created_at / updated_at {start_at, end_at} (RFC 3339, both \
			inclusive), email_address / phone_number / reference_id {exact | fuzzy} (exact: case-insensitive \
			equality, phone numbers compared in E.164; fuzzy: every token of the query is contained), group_ids \
			{all, any, none}, creation_source {values, rule INCLUDE|EXCLUDE}; all filters must match. query.sort \
			{field DEFAULT|CREATED_AT, order ASC|DESC}. limit 1..100 (default 100), cursor, count. Unknown fields \
			anywhere: UNKNOWN_BODY_PARAMETER.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = SearchCustomersRequest.class),
			examples = @ExampleObject(CustomerExamples.SEARCH_REQUEST)))
	@ApiResponse(responseCode = "200", description = "A page of matching customers", content = @Content(
			schema = @Schema(implementation = CustomerPage.class), examples = {
					@ExampleObject(name = "page", value = CustomerExamples.LIST_RESPONSE),
					@ExampleObject(name = "nothing matches", value = CustomerExamples.EMPTY) }))
	@ApiResponse(responseCode = "400", description = "VALUE_TOO_LOW/VALUE_TOO_HIGH, INVALID_ENUM_VALUE, INVALID_VALUE,"
			+ " INVALID_TIME, INVALID_TIME_RANGE, INVALID_CURSOR, UNKNOWN_BODY_PARAMETER",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@PostMapping("/v2/customers/search")
	CustomerPage search(Tenant tenant, @RequestBody(required = false) SearchCustomersRequest request) {
		return this.search.search(tenant.accountId(), request);
	}

	@Operation(summary = "Retrieve a customer")
	@ApiResponse(responseCode = "200", description = "The customer", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.CUSTOMER_RESPONSE)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND: no such customer in this account", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.NOT_FOUND)))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@GetMapping("/v2/customers/{customer_id}")
	One get(Tenant tenant,
			@Parameter(example = "CHFGVKYY8RSV93M5KCYTG4PN0G") @PathVariable("customer_id") String customerId) {
		return new One(this.customers.get(tenant.accountId(), customerId));
	}

	@Operation(summary = "Update a customer", description = """
			Sparse update: only the fields named change. To remove an attribute, send "", {} or null; as `address`, \
			that removes the whole address, and fields inside `address` are removed the same way. With `version`, \
			the change applies only to that version (409 VERSION_MISMATCH otherwise); without it, to the latest. \
			`customer_id` in the body must equal the path's. The version goes up by one.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = CustomerRequests.Update.class),
			examples = @ExampleObject(CustomerExamples.UPDATE_REQUEST)))
	@ApiResponse(responseCode = "200", description = "The updated customer", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.UPDATED_RESPONSE)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.NOT_FOUND)))
	@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH, or CONFLICT when the reference_id is taken",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
					examples = @ExampleObject(CustomerExamples.VERSION_MISMATCH)))
	@Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PutMapping("/v2/customers/{customer_id}")
	One update(Tenant tenant, @PathVariable("customer_id") String customerId, @RequestBody JsonNode body) {
		return new One(this.customers.update(tenant.accountId(), customerId, body, Mode.UPDATE));
	}

	@Operation(summary = "Patch a customer (JSON Merge Patch)", description = """
			The same change as PUT written as an RFC 7396 merge patch: null removes a field, objects merge \
			(`"address": {"postal_code": null}` removes the postal code, `"address": null` the whole address, \
			`"address": {}` changes nothing), other values replace. `version` works as in PUT.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
			@Content(mediaType = "application/merge-patch+json",
					schema = @Schema(implementation = CustomerRequests.Update.class),
					examples = @ExampleObject(CustomerExamples.MERGE_PATCH_REQUEST)),
			@Content(mediaType = "application/json", schema = @Schema(implementation = CustomerRequests.Update.class),
					examples = @ExampleObject(CustomerExamples.MERGE_PATCH_REQUEST)) })
	@ApiResponse(responseCode = "200", description = "The patched customer", content = @Content(
			schema = @Schema(implementation = One.class)))
	@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.VERSION_MISMATCH)))
	@Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PatchMapping(path = "/v2/customers/{customer_id}",
			consumes = { "application/merge-patch+json", "application/json" })
	One patch(Tenant tenant, @PathVariable("customer_id") String customerId, @RequestBody JsonNode body) {
		return new One(this.customers.update(tenant.accountId(), customerId, body, Mode.MERGE_PATCH));
	}

	@Operation(summary = "Delete a customer", description = """
			Deletes the customer profile and unlinks its cards on file. With `version`, only that version is deleted \
			(409 VERSION_MISMATCH otherwise). Afterwards the id answers 404.""")
	@ApiResponse(responseCode = "200", description = "Deleted", content = @Content(
			examples = @ExampleObject(CustomerExamples.EMPTY)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.NOT_FOUND)))
	@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.VERSION_MISMATCH)))
	@Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@DeleteMapping("/v2/customers/{customer_id}")
	Map<String, Object> delete(Tenant tenant, @PathVariable("customer_id") String customerId,
			@Parameter(description = "The current version of the customer")
			@RequestParam(name = "version", required = false) Long version) {
		this.customers.delete(tenant.accountId(), customerId, version);
		return Map.of();
	}

	@Operation(summary = "Retrieve a customer by reference id", description = """
			Looks a customer up by the external id a CRM gave it (`reference_id`, 003 "URL with external_id").""")
	@ApiResponse(responseCode = "200", description = "The customer", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.UPSERT_RESPONSE)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@GetMapping("/v2/customers/reference/{reference_id}")
	One getByReference(Tenant tenant,
			@Parameter(example = "NC-3") @PathVariable("reference_id") String referenceId) {
		return new One(this.customers.getByReference(tenant.accountId(), referenceId));
	}

	@Operation(summary = "Upsert a customer by reference id", description = """
			CRM sync (003 Upsert): the body has the create request's shape. When no customer of the account has this \
			reference_id, one is created with it (201, same rules as create); otherwise that customer is updated \
			sparsely like PUT (200, `version` allowed). A `reference_id` in the body must equal the path's. \
			reference_id is unique per account: a clash is 409 CONFLICT.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = CustomerRequests.Create.class),
			examples = @ExampleObject(CustomerExamples.UPSERT_REQUEST)))
	@ApiResponse(responseCode = "201", description = "Created", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.UPSERT_RESPONSE)))
	@ApiResponse(responseCode = "200", description = "Updated", content = @Content(
			schema = @Schema(implementation = One.class)))
	@ApiResponse(responseCode = "409", description = "CONFLICT or VERSION_MISMATCH", content = @Content(
			schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"),
			examples = @ExampleObject(CustomerExamples.CONFLICT)))
	@Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PutMapping("/v2/customers/reference/{reference_id}")
	ResponseEntity<One> upsert(Tenant tenant,
			@Parameter(example = "NC-3") @PathVariable("reference_id") String referenceId, @RequestBody JsonNode body) {
		CustomerService.Upserted upserted = this.customers.upsert(tenant.accountId(), referenceId, body);
		return ResponseEntity.status(upserted.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new One(upserted.customer()));
	}

}
