package io.theneo.emulator.sandbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Sandbox")
@RestController
@SandboxEnabled
class ClockController {

	private static final String ERRORS = "#/components/schemas/ErrorEnvelope";

	private static final String MOVED_EXAMPLE = """
			{"now": "2026-12-25T10:15:30.123Z", "offset_ms": 2678400000,
			 "ran": [{"at": "2026-12-01T08:00:00.000Z", "kind": "SUBSCRIPTION_BILLED",
			   "detail": "Period 2026-12-01..2026-12-31 invoiced: $12.00", "object_id": "56214fb2-cc85-47a1-93bc-44f3766bb56f"}]}""";

	private final ClockService clock;

	ClockController(ClockService clock) {
		this.clock = clock;
	}

	@Operation(operationId = "getSandboxClock", summary = "The caller's clock",
			description = """
			Now on the account's clock (what its timestamps and billing use), and how far it is ahead of real time.
			It follows real time from wherever it was last set.""",
			responses = @ApiResponse(responseCode = "200", description = "The account's now",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = ClockService.ClockView.class), examples = @ExampleObject(
									value = "{\"now\": \"2026-11-25T10:15:30.123Z\", \"offset_ms\": 0}"))))
	@GetMapping("/v2/sandbox/clock")
	ClockService.ClockView now(Tenant tenant) {
		return this.clock.now(tenant.accountId());
	}

	@Operation(operationId = "moveSandboxClock", summary = "Move the caller's clock forward",
			description = """
			`{"advance_by": "P1M"}` (an ISO-8601 period, duration or both: P1M, P7D, PT36H, P1MT2H; months are
			calendar months from the account's now in UTC) or `{"set_to": "2027-01-31T00:00:00Z"}` — exactly one; the
			clock never goes backwards. Whatever falls due on the way (subscription starts, billed periods, scheduled
			cancels and pauses) runs in time order, and `ran` lists it. Other accounts' clocks do not move.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json",
					examples = { @ExampleObject(name = "a month later", value = "{\"advance_by\": \"P1M\"}"),
							@ExampleObject(name = "36 hours later", value = "{\"advance_by\": \"PT36H\"}"),
							@ExampleObject(name = "to a date",
									value = "{\"set_to\": \"2027-01-31T00:00:00Z\"}") })),
			responses = {
					@ApiResponse(responseCode = "200", description = "The new now and what ran",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = ClockService.ClockView.class),
									examples = @ExampleObject(value = MOVED_EXAMPLE))),
					@ApiResponse(responseCode = "400", description = "MISSING_REQUIRED_PARAMETER (neither field), "
							+ "INVALID_VALUE (both fields, a bad or negative `advance_by`, `set_to` before now), "
							+ "INVALID_TIME (`set_to` is not RFC 3339)",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/sandbox/clock")
	ClockService.ClockView move(Tenant tenant,
			@RequestBody(required = false) ClockService.MoveClockRequest request) {
		return this.clock.move(tenant.accountId(), request);
	}

}
