package io.theneo.emulator.sandbox;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Sandbox")
@RestController
@SandboxEnabled
class JournalController {

	private static final String PAGE_EXAMPLE = """
			{"requests": [{"id": "Q8Z1X0C7V6B5N4M3L2K1J0H9", "method": "POST", "path": "/v2/customers",
			  "status": 200, "idempotency_key": "4935a656-a929-4792-b97c-8848be85c27c",
			  "request_body": {"given_name": "Amelia", "family_name": "Earhart", "idempotency_key": "4935a656-a929-4792-b97c-8848be85c27c"},
			  "response_body": {"customer": {"id": "JDKYHBWT1D4F8MFH63DBMEN8Y4", "given_name": "Amelia"}},
			  "request_headers": {"authorization": "***", "content-type": "application/json"},
			  "started_at": "2026-11-25T10:15:30.123Z", "duration_ms": 12, "request_id": "5f1c0a52-5d8c-4c1e-9d37-0b1c0c8f7a21"}],
			 "cursor": "MTc2NDA2NTczMDEyMx8xMjM.YmFkMGJhZGJhZGJhZGJhZA"}""";

	private final JournalService journal;

	JournalController(JournalService journal) {
		this.journal = journal;
	}

	@Operation(operationId = "listSandboxRequests", summary = "List the caller's request journal",
			description = """
			The account's own requests, newest first: method, path, query, status, idempotency key, request and
			response bodies (JSON as JSON; secrets such as the Authorization header, `client_secret`, `access_token`,
			card numbers and `cvv` are `***`), request headers, start (wall-clock time) and duration, request id, and
			the injected fault that answered it, if any. The journal keeps the last 1,000 requests of each account
			(configurable). Requests are stored a few milliseconds after they complete; this list includes every
			request this instance has completed. Reads of the journal are not journaled.""",
			responses = @ApiResponse(responseCode = "200", description = "A page of the journal (`{}` when empty)",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = JournalService.JournalPage.class),
							examples = @ExampleObject(value = PAGE_EXAMPLE))))
	@GetMapping(JournalFilter.JOURNAL_PATH)
	JournalService.JournalPage list(Tenant tenant,
			@Parameter(description = "Only this HTTP method (GET, POST, ...)", example = "POST")
			@RequestParam(name = "method", required = false) String method,
			@Parameter(description = "Only paths starting with this prefix", example = "/v2/orders")
			@RequestParam(name = "path", required = false) String path,
			@Parameter(description = "Only this response status", example = "400")
			@RequestParam(name = "status", required = false) Integer status,
			@Parameter(description = "Page size, 1 to 100 (default 100)")
			@RequestParam(name = "limit", required = false) Integer limit,
			@Parameter(description = "The `cursor` of the previous page")
			@RequestParam(name = "cursor", required = false) String cursor) {
		return this.journal.list(tenant.accountId(), method, path, status, limit, cursor);
	}

	@Operation(operationId = "clearSandboxRequests", summary = "Clear the caller's request journal",
			responses = @ApiResponse(responseCode = "200", description = "Cleared",
					content = @Content(mediaType = "application/json", examples = @ExampleObject(value = "{}"))))
	@DeleteMapping(JournalFilter.JOURNAL_PATH)
	Map<String, Object> clear(Tenant tenant) {
		this.journal.clear(tenant.accountId());
		return Map.of();
	}

}
