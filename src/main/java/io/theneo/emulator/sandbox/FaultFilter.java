package io.theneo.emulator.sandbox;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.web.ApiError;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorEnvelope;
import io.theneo.emulator.web.ErrorResponses;

/**
 * Applies an account's injected faults to its own next matching calls: answers with the asked error in the envelope,
 * or holds the call for {@code delay_ms} and then lets it run (or fail). Runs inside the journal (the fault shows in
 * it) and before idempotency, like a failure of the network or of the server in front of the application would: the
 * client may retry with the same idempotency key.
 */
@Component
@SandboxEnabled
@Order(FaultFilter.ORDER)
class FaultFilter extends OncePerRequestFilter {

	static final int ORDER = 3;

	private final FaultService faults;

	private final ErrorResponses errors;

	FaultFilter(FaultService faults, ErrorResponses errors) {
		this.faults = faults;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.startsWith(FaultService.API_PREFIX) || uri.startsWith(FaultService.SANDBOX_PREFIX);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tenant tenant = Tenant.current().orElse(null);
		Optional<FaultStore.Fault> fired = (tenant == null) ? Optional.empty()
				: this.faults.consume(tenant.accountId(), request.getMethod(), request.getRequestURI());
		if (fired.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		FaultStore.Fault fault = fired.get();
		request.setAttribute(JournalFilter.FAULT_ATTRIBUTE, fault.id());
		if (fault.delayMs() != null) {
			sleep(fault.delayMs());
		}
		if (fault.status() == null && fault.errorCode() == null) {
			chain.doFilter(request, response);
			return;
		}
		this.errors.write(response, answer(fault));
	}

	/** The envelope of the asked status (its usual code) or of the asked code (its usual status). */
	static ResponseEntity<ErrorEnvelope> answer(FaultStore.Fault fault) {
		ErrorCode code = (fault.errorCode() != null) ? ErrorCode.valueOf(fault.errorCode())
				: ErrorCode.forStatus(fault.status());
		int status = (fault.status() != null) ? fault.status() : code.status().value();
		HttpHeaders headers = new HttpHeaders();
		if (status == 429 || status == 503) {
			headers.set(HttpHeaders.RETRY_AFTER, "1");
		}
		String detail = "Injected by the sandbox fault `" + fault.id() + "`: "
				+ (fault.errorCode() != null ? fault.errorCode() : "HTTP " + status) + ".";
		return ResponseEntity.status(status).headers(headers).body(ErrorEnvelope.of(ApiError.of(code, detail)));
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
