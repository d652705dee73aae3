package io.theneo.emulator.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.theneo.emulator.accounts.Tenant;
import io.theneo.emulator.web.CachedBodyRequest;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.RequestIdFilter;

/**
 * Journals every authenticated {@code /v2} request of an account (API.md §12). It runs after Spring Security (the
 * account is known) and outside the rate limit, the faults and the idempotency filter, so that a 429, an injected
 * fault and a replayed response are journaled as the client saw them. On the request thread it only copies what it
 * needs and queues it; masking and storing happen on the journal's writer thread. Reads of the journal itself are not
 * journaled.
 */
@Component
@SandboxEnabled
@Order(JournalFilter.ORDER)
class JournalFilter extends OncePerRequestFilter {

	/** After Spring Security (-100), before the rate limit, the faults and idempotency (10). */
	static final int ORDER = 1;

	static final String JOURNAL_PATH = "/v2/sandbox/requests";

	/** A request attribute: the id of the injected fault that answered or delayed the request. */
	static final String FAULT_ATTRIBUTE = JournalFilter.class.getName() + ".fault";

	private static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

	private final RequestJournal journal;

	private final ErrorResponses errors;

	JournalFilter(RequestJournal journal, ErrorResponses errors) {
		this.journal = journal;
		this.errors = errors;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !uri.startsWith("/v2/") || uri.equals(JOURNAL_PATH) || uri.startsWith(JOURNAL_PATH + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tenant tenant = Tenant.current().orElse(null);
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		long startNanos = System.nanoTime();
		Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		HttpServletRequest forward = request;
		byte[] body = null;
		boolean completed = false;
		try {
			if (hasBody(request)) {
				try {
					CachedBodyRequest cached = CachedBodyRequest.find(request);
					cached = cached != null ? cached : new CachedBodyRequest(request);
					body = cached.body();
					forward = cached;
				}
				catch (IOException tooLarge) {
					this.errors.write(caching, tooLarge);
					completed = true;
					return;
				}
			}
			chain.doFilter(forward, caching);
			completed = true;
		}
		finally {
			// queue before the body goes out, so that the client cannot read the journal before its call is in it
			this.journal.record(entry(tenant, request, caching, body, completed ? caching.getStatus() : 500,
					startNanos, startedAt));
			if (completed) {
				caching.copyBodyToResponse();
			}
		}
	}

	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private static JournalEntry entry(Tenant tenant, HttpServletRequest request, ContentCachingResponseWrapper response,
			byte[] body, int status, long startNanos, Instant startedAt) throws IOException {
		byte[] requestBody = null;
		int requestLength = 0;
		if (body != null) {
			requestLength = body.length;
			requestBody = body.length <= JournalEntry.BODY_LIMIT ? body : Arrays.copyOf(body, JournalEntry.BODY_LIMIT);
		}
		int responseLength = response.getContentSize();
		byte[] responseBody = null;
		if (responseLength > 0) {
			if (responseLength <= JournalEntry.BODY_LIMIT) {
				responseBody = response.getContentAsByteArray();
			}
			else {
				try (InputStream in = response.getContentInputStream()) {
					responseBody = in.readNBytes(JournalEntry.BODY_LIMIT);
				}
			}
		}
		Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
		Object faultId = request.getAttribute(FAULT_ATTRIBUTE);
		return new JournalEntry(tenant.accountId(), request.getMethod(), request.getRequestURI(),
				request.getQueryString(), status, request.getHeader(IDEMPOTENCY_HEADER), requestBody, requestLength,
				responseBody, responseLength, headers(request), startedAt, startNanos,
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
				requestId != null ? requestId.toString() : null, faultId != null ? faultId.toString() : null,
				"true".equals(response.getHeader(REPLAYED_HEADER)));
	}

	private static Map<String, String> headers(HttpServletRequest request) {
		Map<String, String> headers = new LinkedHashMap<>();
		Enumeration<String> names = request.getHeaderNames();
		while (names != null && names.hasMoreElements()) {
			String name = names.nextElement();
			headers.put(name, String.join(", ", Collections.list(request.getHeaders(name))));
		}
		return headers;
	}

}
