package io.theneo.emulator.customers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Customer groups", description = "Groups of customers, the membership customer search filters on"
		+ " (000: search \"based on customer group membership\").")
@RestController
class CustomerGroupController {

	private final CustomerGroupService groups;

	CustomerGroupController(CustomerGroupService groups) {
		this.groups = groups;
	}

	@Schema(name = "CustomerGroupResponse")
	record One(GroupView group) {
	}

	@Schema(name = "CustomerGroupPage")
	record Page(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<GroupView> groups,
			@Schema(description = "Present only when another page exists") String cursor) {
	}

	@Operation(summary = "Create a customer group")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = GroupRequest.class),
			examples = @ExampleObject(CustomerExamples.GROUP_REQUEST)))
	@ApiResponse(responseCode = "200", description = "The new group", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.GROUP_RESPONSE)))
	@ApiResponse(responseCode = "400", description = "MISSING_REQUIRED_PARAMETER (group.name), VALUE_TOO_LONG,"
			+ " INVALID_VALUE (read-only group.id), UNKNOWN_BODY_PARAMETER",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@Parameter(in = ParameterIn.HEADER, name = CustomerController.IDEMPOTENCY_HEADER,
			schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PostMapping("/v2/customers/groups")
	One create(Tenant tenant, @RequestBody GroupRequest request) {
		return new One(this.groups.create(tenant.accountId(), request));
	}

	@Operation(summary = "List customer groups", description = "Oldest first; 1 to 100 per page (default 100).")
	@ApiResponse(responseCode = "200", description = "A page of groups; `{}` when there are none", content = @Content(
			schema = @Schema(implementation = Page.class), examples = @ExampleObject(CustomerExamples.GROUPS_RESPONSE)))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@GetMapping("/v2/customers/groups")
	Page list(Tenant tenant, @RequestParam(name = "cursor", required = false) String cursor,
			@Parameter(description = "1..100, default 100")
			@RequestParam(name = "limit", required = false) String limit) {
		CustomerGroupService.GroupPage page = this.groups.list(tenant.accountId(), cursor, limit);
		return new Page(page.groups(), page.cursor());
	}

	@Operation(summary = "Retrieve a customer group")
	@ApiResponse(responseCode = "200", description = "The group", content = @Content(
			schema = @Schema(implementation = One.class), examples = @ExampleObject(CustomerExamples.GROUP_RESPONSE)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@RequiresScopes(Scopes.CUSTOMERS_READ)
	@GetMapping("/v2/customers/groups/{group_id}")
	One get(Tenant tenant, @PathVariable("group_id") String groupId) {
		return new One(this.groups.get(tenant.accountId(), groupId));
	}

	@Operation(summary = "Rename a customer group")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
			schema = @Schema(implementation = GroupRequest.class),
			examples = @ExampleObject("{\"group\": {\"name\": \"Super Loyal Customers\"}}")))
	@ApiResponse(responseCode = "200", description = "The renamed group", content = @Content(
			schema = @Schema(implementation = One.class)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@Parameter(in = ParameterIn.HEADER, name = CustomerController.IDEMPOTENCY_HEADER,
			schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PutMapping("/v2/customers/groups/{group_id}")
	One update(Tenant tenant, @PathVariable("group_id") String groupId, @RequestBody GroupRequest request) {
		return new One(this.groups.update(tenant.accountId(), groupId, request));
	}

	@Operation(summary = "Delete a customer group", description = "Its members leave it; the customers stay.")
	@ApiResponse(responseCode = "200", description = "Deleted", content = @Content(
			examples = @ExampleObject(CustomerExamples.EMPTY)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@Parameter(in = ParameterIn.HEADER, name = CustomerController.IDEMPOTENCY_HEADER,
			schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@DeleteMapping("/v2/customers/groups/{group_id}")
	Map<String, Object> delete(Tenant tenant, @PathVariable("group_id") String groupId) {
		this.groups.delete(tenant.accountId(), groupId);
		return Map.of();
	}

	@Operation(summary = "Add a customer to a group", description = """
			The customer's group_ids then include the group; adding a member again changes nothing. A change of \
			membership is a change of the customer (version + 1).""")
	@ApiResponse(responseCode = "200", description = "Added", content = @Content(
			examples = @ExampleObject(CustomerExamples.EMPTY)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND: unknown customer or group",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@Parameter(in = ParameterIn.HEADER, name = CustomerController.IDEMPOTENCY_HEADER,
			schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@PutMapping("/v2/customers/{customer_id}/groups/{group_id}")
	Map<String, Object> addCustomer(Tenant tenant, @PathVariable("customer_id") String customerId,
			@PathVariable("group_id") String groupId) {
		this.groups.addCustomer(tenant.accountId(), customerId, groupId);
		return Map.of();
	}

	@Operation(summary = "Remove a customer from a group", description = "Removing a non-member changes nothing.")
	@ApiResponse(responseCode = "200", description = "Removed", content = @Content(
			examples = @ExampleObject(CustomerExamples.EMPTY)))
	@ApiResponse(responseCode = "404", description = "NOT_FOUND: unknown customer or group",
			content = @Content(schema = @Schema(ref = "#/components/schemas/ErrorEnvelope")))
	@Parameter(in = ParameterIn.HEADER, name = CustomerController.IDEMPOTENCY_HEADER,
			schema = @Schema(type = "string", maxLength = 192))
	@RequiresScopes(Scopes.CUSTOMERS_WRITE)
	@DeleteMapping("/v2/customers/{customer_id}/groups/{group_id}")
	Map<String, Object> removeCustomer(Tenant tenant, @PathVariable("customer_id") String customerId,
			@PathVariable("group_id") String groupId) {
		this.groups.removeCustomer(tenant.accountId(), customerId, groupId);
		return Map.of();
	}

}
