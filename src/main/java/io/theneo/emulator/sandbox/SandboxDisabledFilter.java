package io.theneo.emulator.sandbox;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;

/**
 * With test support off ({@code emulator.sandbox.enabled=false}, the prod profile's default) every {@code /v2/sandbox}
 * path is 404 NOT_FOUND in the envelope, for any method and with or without a token, as if it had never existed.
 */
@Component
@ConditionalOnBooleanProperty(name = "emulator.sandbox.enabled", havingValue = false)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SandboxDisabledFilter extends OncePerRequestFilter {

	private final ErrorResponses errors;

	SandboxDisabledFilter(ErrorResponses errors) {
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.equals("/v2/sandbox") && !uri.startsWith("/v2/sandbox/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.errors.write(response, new ApiException(ErrorCode.NOT_FOUND, "The requested resource was not found."));
	}

}
