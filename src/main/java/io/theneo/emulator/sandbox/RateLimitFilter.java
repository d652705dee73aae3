package io.theneo.emulator.sandbox;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;

/**
 * 429 RATE_LIMITED with {@code Retry-After} when an account goes over its limit (API.md §2, §12). After Spring
 * Security, since the limit is per account; inside the journal, so that the 429s show there. Test support paths are
 * never limited: a client must always be able to lift its own limit.
 */
@Component
@Order(RateLimitFilter.ORDER)
class RateLimitFilter extends OncePerRequestFilter {

	static final int ORDER = 2;

	private final RateLimiter limiter;

	private final ErrorResponses errors;

	RateLimitFilter(RateLimiter limiter, ErrorResponses errors) {
		this.limiter = limiter;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !this.limiter.active() || !uri.startsWith("/v2/") || uri.startsWith("/v2/sandbox");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tenant tenant = Tenant.current().orElse(null);
		long retryAfter = (tenant != null) ? this.limiter.acquire(tenant.accountId()) : 0;
		if (retryAfter == 0) {
			chain.doFilter(request, response);
			return;
		}
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		this.errors.write(response, ErrorResponses.error(ErrorCode.RATE_LIMITED,
				"Too many requests for this account; retry after " + retryAfter + " second"
						+ (retryAfter == 1 ? "" : "s") + ".",
				null, headers));
	}

}
