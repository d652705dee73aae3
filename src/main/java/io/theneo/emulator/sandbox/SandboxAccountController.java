package io.theneo.emulator.sandbox;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Sandbox", description = "Test support: fresh accounts, reset, request journal, clock, faults, rate limit")
@RestController
@SandboxEnabled
class SandboxAccountController {

	private static final String ERRORS = "#/components/schemas/ErrorEnvelope";

	private static final String CREATED_EXAMPLE = """
			{"account": {"id": "MLQ7X2K9PB4RT", "name": "checkout tests", "client_id": "sandbox-k3v9x0q2m8w1z7c4b6n5",
			  "client_secret": "sk_Hq3...shown only here", "scopes": ["CUSTOMERS_READ", "CUSTOMERS_WRITE", "ORDERS_READ"],
			  "created_at": "2026-11-25T10:15:30.123Z"},
			 "fixtures": {"location_ids": ["L2W8XJ0YB4RT1", "KQ3PZ8M1VD6C0", "R7N2HX5TG9QA4", "B0C6WJ3ME8SZ2"],
			  "customer_ids": [], "catalog_object_ids": [], "plan_ids": [], "card_ids": []}}""";

	private static final String FIXTURES_EXAMPLE = """
			{"fixtures": {"location_ids": ["L2W8XJ0YB4RT1", "KQ3PZ8M1VD6C0", "R7N2HX5TG9QA4", "B0C6WJ3ME8SZ2"],
			  "customer_ids": [], "catalog_object_ids": [], "plan_ids": [], "card_ids": []}}""";

	private final SandboxAccounts accounts;

	SandboxAccountController(SandboxAccounts accounts) {
		this.accounts = accounts;
	}

	@Operation(operationId = "createSandboxAccount", summary = "Create a sandbox account",
			description = """
			A fresh, isolated account with its own API key and the demo fixtures under new ids: one call (well under
			100 ms), so every test of a client can have its own. It holds every scope but SANDBOX_ADMIN, or the
			`scopes` asked for. The `client_secret` is shown only in this answer; exchange it at `/oauth2/token`
			(client credentials) for a token. The body may be empty.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
					content = @Content(mediaType = "application/json", examples = {
							@ExampleObject(name = "every scope", value = "{\"name\": \"checkout tests\"}"),
							@ExampleObject(name = "narrow scopes",
									value = "{\"name\": \"read-only client\", \"scopes\": [\"CUSTOMERS_READ\", \"ORDERS_READ\"]}") })),
			responses = {
					@ApiResponse(responseCode = "201", description = "The account, its secret and its fixture ids",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = SandboxAccounts.CreatedSandboxAccount.class),
									examples = @ExampleObject(value = CREATED_EXAMPLE))),
					@ApiResponse(responseCode = "400",
							description = "INVALID_ENUM_VALUE (unknown scope, field `scopes[i]`), INVALID_VALUE "
									+ "(SANDBOX_ADMIN cannot be granted), VALUE_TOO_LONG (`name`)",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/sandbox/accounts")
	@RequiresScopes(Scopes.SANDBOX_ADMIN)
	@ResponseStatus(HttpStatus.CREATED)
	SandboxAccounts.CreatedSandboxAccount create(
			@RequestBody(required = false) SandboxAccounts.CreateSandboxAccountRequest request) {
		return this.accounts.create(request);
	}

	@Operation(operationId = "deleteSandboxAccount", summary = "Delete a sandbox account",
			description = """
			Removes the account (`id` is its merchant id) and everything it owns; its tokens are refused (401) from
			then on. The default account cannot be deleted (400 BAD_REQUEST); an unknown id is 404 NOT_FOUND.""",
			responses = { @ApiResponse(responseCode = "200", description = "Deleted",
					content = @Content(mediaType = "application/json", examples = @ExampleObject(value = "{}"))),
					@ApiResponse(responseCode = "400", description = "BAD_REQUEST: not a sandbox account",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))),
					@ApiResponse(responseCode = "404", description = "NOT_FOUND: no such account",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@DeleteMapping("/v2/sandbox/accounts/{account_id}")
	@RequiresScopes(Scopes.SANDBOX_ADMIN)
	Map<String, Object> delete(@PathVariable("account_id") String accountId) {
		this.accounts.delete(accountId);
		return Map.of();
	}

	@Operation(operationId = "resetSandboxAccount", summary = "Reset the caller's account to its fixtures",
			description = """
			Everything the account made is gone (customers, orders, subscriptions, cards, idempotency records), its
			request journal, faults and own rate limit are cleared, its clock follows real time again, and the demo
			fixtures are back under the same ids. Other accounts are untouched. Needs only the account's own token.""",
			responses = @ApiResponse(responseCode = "200", description = "The fixture ids",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = SandboxAccounts.SandboxResetResult.class),
							examples = @ExampleObject(value = FIXTURES_EXAMPLE))))
	@PostMapping("/v2/sandbox/reset")
	SandboxAccounts.SandboxResetResult reset(Tenant tenant,
			@RequestBody(required = false) ResetRequest request) {
		return this.accounts.reset(tenant.accountId());
	}

	/** Bodies that carry nothing but an optional idempotency key. */
	record ResetRequest(String idempotencyKey) {
	}

}
