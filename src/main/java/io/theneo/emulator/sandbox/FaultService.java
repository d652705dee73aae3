package io.theneo.emulator.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.stereotype.Service;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/** Faults an account injects into its own next calls (API.md §12). */
@Service
@SandboxEnabled
class FaultService {

	static final String API_PREFIX = "/v2/";

	static final String SANDBOX_PREFIX = "/v2/sandbox";

	private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

	private static final int MAX_PATH_LENGTH = 2048;

	private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final FaultStore store;

	private final AccountClock clock;

	private final Duration maxDelay;

	FaultService(FaultStore store, AccountClock clock, SandboxProperties properties) {
		this.store = store;
		this.clock = clock;
		this.maxDelay = properties.maxDelay();
	}

	FaultView create(long accountId, CreateFaultRequest request) {
		if (request == null) {
			throw new ApiException(ErrorCode.EXPECTED_JSON_BODY,
					"The request body must be a JSON object such as {\"path\": \"/v2/orders\", \"status\": 500}.");
		}
		Violations violations = new Violations();
		if (request.method() != null && !METHODS.contains(request.method())) {
			violations.add(ErrorCode.INVALID_ENUM_VALUE, "Invalid value `" + ErrorResponses.truncate(request.method())
					+ "` for `method`; use one of GET, POST, PUT, PATCH, DELETE, or leave it out for every method.",
					"method");
		}
		String path = request.path() != null ? request.path() : API_PREFIX;
		if (path.length() > MAX_PATH_LENGTH) {
			violations.add(ErrorCode.VALUE_TOO_LONG, "`path` must be at most " + MAX_PATH_LENGTH + " characters.",
					"path");
		}
		else if (!path.startsWith(API_PREFIX) || path.contains("?")) {
			violations.add(ErrorCode.INVALID_VALUE,
					"`path` must be an API path or path prefix starting with /v2/, without a query string.", "path");
		}
		else if (path.startsWith(SANDBOX_PREFIX)) {
			violations.add(ErrorCode.INVALID_VALUE, "Faults do not apply to the test support paths under /v2/sandbox.",
					"path");
		}
		int times = request.times() != null ? request.times() : 1;
		if (times < 1) {
			violations.add(ErrorCode.VALUE_TOO_LOW, "`times` must be at least 1.", "times");
		}
		ErrorCode code = null;
		if (request.status() != null && request.errorCode() != null) {
			violations.add(ErrorCode.INVALID_VALUE, "Give either `status` or `error_code`, not both.", "error_code");
		}
		else if (request.status() != null) {
			if (request.status() < 400) {
				violations.add(ErrorCode.VALUE_TOO_LOW, "`status` must be an error status, 400 to 599.", "status");
			}
			else if (request.status() > 599) {
				violations.add(ErrorCode.VALUE_TOO_HIGH, "`status` must be an error status, 400 to 599.", "status");
			}
		}
		else if (request.errorCode() != null) {
			code = errorCode(request.errorCode(), violations);
		}
		else if (request.delayMs() == null) {
			violations.add(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"Give one of `status`, `error_code` or `delay_ms` (delay_ms may come with either of the others).",
					null);
		}
		if (request.delayMs() != null) {
			if (request.delayMs() < 1) {
				violations.add(ErrorCode.VALUE_TOO_LOW, "`delay_ms` must be at least 1.", "delay_ms");
			}
			else if (request.delayMs() > this.maxDelay.toMillis()) {
				violations.add(ErrorCode.VALUE_TOO_HIGH,
						"`delay_ms` must be at most " + this.maxDelay.toMillis() + ".", "delay_ms");
			}
		}
		violations.throwIfAny();
		FaultStore.Fault fault = new FaultStore.Fault(Ids.random(ID_ALPHABET, 24), request.method(), path, times,
				times, request.status(), code != null ? code.name() : null, request.delayMs(),
				this.clock.now(accountId));
		this.store.insert(accountId, fault);
		return view(fault);
	}

	FaultList list(long accountId) {
		return new FaultList(this.store.active(accountId).stream().map(FaultService::view).toList());
	}

	void delete(long accountId, String faultId) {
		if (!this.store.delete(accountId, faultId)) {
			throw ApiException.notFound("Fault", ErrorResponses.truncate(faultId));
		}
	}

	void clear(long accountId) {
		this.store.deleteAll(accountId);
	}

	/** Takes one use of a fault matching this request of the account, if there is one. */
	Optional<FaultStore.Fault> consume(long accountId, String method, String path) {
		return this.store.consume(accountId, method, path);
	}

	private static ErrorCode errorCode(String name, Violations violations) {
		try {
			return ErrorCode.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			violations.add(ErrorCode.INVALID_ENUM_VALUE, "Unknown error code `" + ErrorResponses.truncate(name)
					+ "`; use one of the codes of the error envelope, e.g. CARD_DECLINED, INTERNAL_SERVER_ERROR.",
					"error_code");
			return null;
		}
	}

	static FaultView view(FaultStore.Fault fault) {
		return new FaultView(fault.id(), fault.method(), fault.path(), fault.times(), fault.remaining(), fault.status(),
				fault.errorCode(), fault.delayMs(), fault.createdAt());
	}

	record CreateFaultRequest(String method, String path, Integer times, Integer status, String errorCode,
			Integer delayMs, String idempotencyKey) {
	}

	/**
	 * @param method null: every method
	 * @param remaining how many of the next matching calls it will still answer or delay
	 */
	record FaultView(String id, String method, String path, int times, int remaining, Integer status, String errorCode,
			Integer delayMs, Instant createdAt) {
	}

	record CreatedFault(FaultView fault) {
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record FaultList(List<FaultView> faults) {
	}

}
