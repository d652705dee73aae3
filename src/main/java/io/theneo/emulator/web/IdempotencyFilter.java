package io.theneo.emulator.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.LongSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.cfg.JsonNodeFeature;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

import io.theneo.emulator.accounts.Tenant;

/**
 * Idempotency keys for every mutating {@code /v2} endpoint (API.md §4): the {@code Idempotency-Key} header and the
 * body's {@code idempotency_key} (equal when both are given). A key is scoped to (account, method, path template).
 * The same key with an equivalent request (canonical JSON: field order and white space ignored) replays the first
 * response byte for byte; with a different request it is IDEMPOTENCY_KEY_REUSED.
 * <p>
 * The claim, the request and the storing of its response run in one transaction, so an acknowledged effect always
 * has its response remembered, also across a crash, and a request costs one commit. Only 2xx responses are
 * remembered; a failed request frees the key.
 */
@Component
@Order(10)
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private static final int MAX_KEY_LENGTH = 192;

	private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final IdempotencyStore store;

	private final ErrorResponses errors;

	private final RequestMappingHandlerMapping handlerMapping;

	private final TransactionTemplate tx;

	private final JsonMapper canonicalMapper;

	IdempotencyFilter(IdempotencyStore store, ErrorResponses errors,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMapping,
			PlatformTransactionManager txManager) {
		this.store = store;
		this.errors = errors;
		this.handlerMapping = handlerMapping;
		this.tx = new TransactionTemplate(txManager);
		this.canonicalMapper = JsonMapper.builder()
			.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
			.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !MUTATING.contains(request.getMethod()) || !request.getRequestURI().startsWith("/v2/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Tenant tenant = Tenant.current().orElse(null);
		if (tenant == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedBodyRequest cached;
		try {
			cached = CachedBodyRequest.find(request) != null ? CachedBodyRequest.find(request)
					: new CachedBodyRequest(request);
		}
		catch (IOException ex) {
			this.errors.write(response, ex);
			return;
		}
		JsonNode body = parse(cached.body());
		String key;
		try {
			key = key(request.getHeader(HEADER), body);
		}
		catch (ApiException ex) {
			this.errors.write(response, ex);
			return;
		}
		String template = key != null ? pathTemplate(cached) : null;
		if (template == null) {
			chain.doFilter(cached, response);
			return;
		}
		String hash = hash(request, body, cached.body());
		long accountId = tenant.accountId();
		String method = request.getMethod();
		ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
		long separateClaim = -1;
		try {
			boolean ran = runClaimed(() -> this.store.claimInTransaction(accountId, method, template, key, hash),
					cached, caching, chain);
			if (!ran) {
				// the key is held: wait for its holder and replay, or claim it on its own once it is free
				IdempotencyStore.Outcome outcome = this.store.claim(accountId, method, template, key, hash);
				if (outcome instanceof IdempotencyStore.Replay replay) {
					replay(caching, replay);
					return;
				}
				long recordId = ((IdempotencyStore.Claimed) outcome).recordId();
				separateClaim = recordId;
				runClaimed(() -> recordId, cached, caching, chain);
			}
		}
		catch (RuntimeException ex) {
			// a taken key (409), or the effect did not commit (a concurrent change found at flush, a constraint):
			// answer that, not the 2xx
			caching.resetBuffer();
			this.errors.write(caching, ex.getCause() instanceof ServletException se ? se : ex);
		}
		finally {
			if (separateClaim >= 0 && (caching.getStatus() < 200 || caching.getStatus() >= 300)) {
				this.store.release(separateClaim);
			}
			caching.copyBodyToResponse();
		}
	}

	/**
	 * Runs the request in one transaction with its claim and, when it answers 2xx, the storing of its response; any
	 * other answer rolls all of it back (the key is free again). False, with nothing run, when the key is taken.
	 */
	private boolean runClaimed(LongSupplier claim, HttpServletRequest request, ContentCachingResponseWrapper caching,
			FilterChain chain) {
		try {
			this.tx.executeWithoutResult((status) -> {
				long recordId = claim.getAsLong();
				try {
					chain.doFilter(request, caching);
				}
				catch (IOException | ServletException ex) {
					throw new IllegalStateException(ex);
				}
				int code = caching.getStatus();
				if (code >= 200 && code < 300) {
					this.store.complete(recordId, code, caching.getContentType(), caching.getContentAsByteArray());
				}
				else {
					status.setRollbackOnly();
				}
			});
			return true;
		}
		catch (IdempotencyStore.KeyTaken taken) {
			return false;
		}
	}

	private static void replay(HttpServletResponse response, IdempotencyStore.Replay replay) throws IOException {
		response.setStatus(replay.status());
		if (replay.contentType() != null) {
			response.setContentType(replay.contentType());
		}
		response.setHeader(REPLAYED_HEADER, "true");
		byte[] bytes = replay.body() != null ? replay.body() : new byte[0];
		response.setContentLength(bytes.length);
		response.getOutputStream().write(bytes);
	}

	private String pathTemplate(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = this.handlerMapping.getHandler(request);
			if (handler == null) {
				return null;
			}
			Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			return pattern != null ? pattern.toString() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static String key(String header, JsonNode body) {
		String bodyKey = null;
		if (body != null && body.isObject() && body.has("idempotency_key")) {
			JsonNode node = body.get("idempotency_key");
			if (!node.isString()) {
				throw new ApiException(ErrorCode.INVALID_VALUE, "`idempotency_key` must be a string.", "idempotency_key");
			}
			bodyKey = node.asString();
			check(bodyKey, "idempotency_key");
		}
		if (header != null) {
			check(header, HEADER);
			if (bodyKey != null && !bodyKey.equals(header)) {
				throw new ApiException(ErrorCode.INVALID_VALUE,
						"The Idempotency-Key header and the body's idempotency_key differ.", "idempotency_key");
			}
			return header;
		}
		return bodyKey;
	}

	private static void check(String key, String field) {
		if (key.isEmpty()) {
			throw new ApiException(ErrorCode.VALUE_TOO_SHORT, "The idempotency key must not be empty.", field);
		}
		if (key.length() > MAX_KEY_LENGTH) {
			throw new ApiException(ErrorCode.VALUE_TOO_LONG,
					"The idempotency key is " + key.length() + " characters long; the maximum is 192.", field);
		}
		// PostgreSQL cannot store NUL in text; refuse control characters alike on every database
		if (key.chars().anyMatch(Character::isISOControl)) {
			throw new ApiException(ErrorCode.INVALID_VALUE, "The idempotency key must not contain control characters.",
					field);
		}
	}

	private JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return this.canonicalMapper.readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	/** Method, path, query and the canonical JSON body: the identity of "the same request". */
	private String hash(HttpServletRequest request, JsonNode body, byte[] raw) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) ' ');
			digest.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
			digest.update((byte) '?');
			String query = request.getQueryString();
			if (query != null) {
				String[] parts = query.split("&");
				Arrays.sort(parts);
				digest.update(String.join("&", parts).getBytes(StandardCharsets.UTF_8));
			}
			digest.update((byte) '\n');
			digest.update(body != null ? this.canonicalMapper.writeValueAsBytes(body) : raw);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
