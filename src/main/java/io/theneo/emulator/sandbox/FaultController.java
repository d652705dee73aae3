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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Sandbox")
@RestController
@SandboxEnabled
class FaultController {

	private static final String ERRORS = "#/components/schemas/ErrorEnvelope";

	private static final String FAULT_EXAMPLE = """
			{"fault": {"id": "F3K9Z2X7C1V8B4N6M0L5J2H7", "method": "POST", "path": "/v2/orders", "times": 2,
			  "remaining": 2, "status": 500, "created_at": "2026-11-25T10:15:30.123Z"}}""";

	private static final String LIST_EXAMPLE = """
			{"faults": [{"id": "F3K9Z2X7C1V8B4N6M0L5J2H7", "method": "POST", "path": "/v2/orders", "times": 2,
			  "remaining": 1, "status": 500, "created_at": "2026-11-25T10:15:30.123Z"}]}""";

	private final FaultService faults;

	FaultController(FaultService faults) {
		this.faults = faults;
	}

	@Operation(operationId = "createSandboxFault", summary = "Inject a fault into the caller's next calls",
			description = """
			The next `times` (default 1) calls of this account whose method is `method` (leave it out for any) and
			whose path starts with `path` (an exact path or a prefix; default every API path) fail as asked, then
			normal service resumes. Give exactly one of `status` (400–599: the envelope with that status's usual
			code) or `error_code` (a code of the error envelope with its usual status, e.g. CARD_DECLINED → 402),
			optionally with `delay_ms` (at most 30,000 by default) — or `delay_ms` alone to slow the calls down and
			then run them normally. A fault never fires for another account, and never for `/v2/sandbox` paths. Faults
			live in the database: with several instances, a fault still fires exactly `times` times in all.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json",
					examples = {
							@ExampleObject(name = "two server errors",
									value = "{\"method\": \"POST\", \"path\": \"/v2/orders\", \"times\": 2, \"status\": 500}"),
							@ExampleObject(name = "a declined card",
									value = "{\"method\": \"POST\", \"path\": \"/v2/orders\", \"error_code\": \"CARD_DECLINED\"}"),
							@ExampleObject(name = "a slow call",
									value = "{\"path\": \"/v2/customers\", \"delay_ms\": 1500}") })),
			responses = {
					@ApiResponse(responseCode = "201", description = "The fault",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = FaultService.CreatedFault.class),
									examples = @ExampleObject(value = FAULT_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "INVALID_VALUE, INVALID_ENUM_VALUE (`method`, "
							+ "`error_code`), VALUE_TOO_LOW / VALUE_TOO_HIGH (`times`, `status`, `delay_ms`), "
							+ "MISSING_REQUIRED_PARAMETER (none of status, error_code, delay_ms)",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/sandbox/faults")
	@ResponseStatus(HttpStatus.CREATED)
	FaultService.CreatedFault create(Tenant tenant,
			@RequestBody(required = false) FaultService.CreateFaultRequest request) {
		return new FaultService.CreatedFault(this.faults.create(tenant.accountId(), request));
	}

	@Operation(operationId = "listSandboxFaults", summary = "List the caller's active faults",
			responses = @ApiResponse(responseCode = "200", description = "Faults with uses left (`{}` when none)",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = FaultService.FaultList.class),
							examples = @ExampleObject(value = LIST_EXAMPLE))))
	@GetMapping("/v2/sandbox/faults")
	FaultService.FaultList list(Tenant tenant) {
		return this.faults.list(tenant.accountId());
	}

	@Operation(operationId = "clearSandboxFaults", summary = "Remove all of the caller's faults",
			responses = @ApiResponse(responseCode = "200", description = "Removed",
					content = @Content(mediaType = "application/json", examples = @ExampleObject(value = "{}"))))
	@DeleteMapping("/v2/sandbox/faults")
	Map<String, Object> clear(Tenant tenant) {
		this.faults.clear(tenant.accountId());
		return Map.of();
	}

	@Operation(operationId = "deleteSandboxFault", summary = "Remove one of the caller's faults",
			responses = {
					@ApiResponse(responseCode = "200", description = "Removed",
							content = @Content(mediaType = "application/json", examples = @ExampleObject(value = "{}"))),
					@ApiResponse(responseCode = "404", description = "NOT_FOUND: no active fault with this id in the account",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@DeleteMapping("/v2/sandbox/faults/{fault_id}")
	Map<String, Object> delete(Tenant tenant, @PathVariable("fault_id") String faultId) {
		this.faults.delete(tenant.accountId(), faultId);
		return Map.of();
	}

}
