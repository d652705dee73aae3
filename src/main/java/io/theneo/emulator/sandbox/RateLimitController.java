package io.theneo.emulator.sandbox;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Violations;

@Tag(name = "Sandbox")
@RestController
@SandboxEnabled
class RateLimitController {

	private static final String ERRORS = "#/components/schemas/ErrorEnvelope";

	static final int MAX = 10_000;

	private static final String EXAMPLE = """
			{"rate_limit": {"requests_per_second": 2, "burst": 2, "source": "ACCOUNT"}}""";

	private final RateLimiter limiter;

	RateLimitController(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Operation(operationId = "getSandboxRateLimit", summary = "The caller's rate limit",
			description = """
			The limit that applies to this account: its own (`source` ACCOUNT) or the server's configuration
			(`emulator.rate-limit.*`, `source` CONFIGURATION); `{}` when the account is not limited.""",
			responses = @ApiResponse(responseCode = "200", description = "The limit",
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = RateLimitAnswer.class),
							examples = @ExampleObject(value = EXAMPLE))))
	@GetMapping("/v2/sandbox/rate-limit")
	RateLimitAnswer get(Tenant tenant) {
		return new RateLimitAnswer(this.limiter.effective(tenant.accountId()).map(RateLimitView::of).orElse(null));
	}

	@Operation(operationId = "setSandboxRateLimit", summary = "Limit the caller's request rate",
			description = """
			From now on this account may make `requests_per_second` requests per second, with bursts of `burst`
			(default: the same number); over it, calls answer 429 RATE_LIMITED with `Retry-After` (seconds). For
			testing a client's back-off. Test support paths are never limited. The limit is kept in the memory of the
			instance that received it; a reset or a DELETE lifts it.""",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json",
					examples = @ExampleObject(value = "{\"requests_per_second\": 2, \"burst\": 2}"))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The limit now in force",
							content = @Content(mediaType = "application/json",
									schema = @Schema(implementation = RateLimitAnswer.class),
									examples = @ExampleObject(value = EXAMPLE))),
					@ApiResponse(responseCode = "400",
							description = "MISSING_REQUIRED_PARAMETER (`requests_per_second`), VALUE_TOO_LOW / VALUE_TOO_HIGH",
							content = @Content(mediaType = "application/json", schema = @Schema(ref = ERRORS))) })
	@PostMapping("/v2/sandbox/rate-limit")
	RateLimitAnswer set(Tenant tenant,
			@RequestBody(required = false) SetRateLimitRequest request) {
		RateLimiter.Limit limit = limit(request);
		this.limiter.set(tenant.accountId(), limit);
		return new RateLimitAnswer(
				new RateLimitView(limit.requestsPerSecond(), limit.burst(), RateLimiter.Source.ACCOUNT));
	}

	@Operation(operationId = "liftSandboxRateLimit", summary = "Lift the caller's own rate limit",
			description = "Back to the server's configured limit, if any.",
			responses = @ApiResponse(responseCode = "200", description = "Lifted",
					content = @Content(mediaType = "application/json", examples = @ExampleObject(value = "{}"))))
	@DeleteMapping("/v2/sandbox/rate-limit")
	Map<String, Object> lift(Tenant tenant) {
		this.limiter.forget(tenant.accountId());
		return Map.of();
	}

	private static RateLimiter.Limit limit(SetRateLimitRequest request) {
		if (request == null) {
			throw new ApiException(ErrorCode.EXPECTED_JSON_BODY,
					"The request body must be a JSON object such as {\"requests_per_second\": 2, \"burst\": 2}.");
		}
		Violations violations = new Violations();
		Integer rate = request.requestsPerSecond();
		if (rate == null) {
			violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `requests_per_second` is required.",
					"requests_per_second");
		}
		else {
			range(rate, "requests_per_second", violations);
		}
		Integer burst = request.burst();
		if (burst != null) {
			range(burst, "burst", violations);
		}
		violations.throwIfAny();
		return new RateLimiter.Limit(rate, burst != null ? burst : rate);
	}

	private static void range(int value, String field, Violations violations) {
		if (value < 1) {
			violations.add(ErrorCode.VALUE_TOO_LOW, "Field `" + field + "` must be at least 1.", field);
		}
		else if (value > MAX) {
			violations.add(ErrorCode.VALUE_TOO_HIGH, "Field `" + field + "` must be at most " + MAX + ".", field);
		}
	}

	record SetRateLimitRequest(Integer requestsPerSecond, Integer burst, String idempotencyKey) {
	}

	record RateLimitView(int requestsPerSecond, int burst, RateLimiter.Source source) {

		static RateLimitView of(RateLimiter.Effective effective) {
			return new RateLimitView(effective.limit().requestsPerSecond(), effective.limit().burst(),
					effective.source());
		}

	}

	/** {@code {}} when no limit applies. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RateLimitAnswer(RateLimitView rateLimit) {
	}

}
