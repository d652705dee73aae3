package io.theneo.emulator.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import io.theneo.emulator.accounts.ServerSecrets;

/**
 * Opaque keyset cursors (API.md §6): a cursor holds the sort values of the last row of a page, signed together with
 * the account and a fingerprint of the query, so that a tampered cursor, or one used by another account or with
 * another query, is refused with INVALID_CURSOR. Pages then start {@code WHERE (sort_key, id) > (last values)}, whose
 * cost does not grow with depth.
 */
@Component
public class Cursors {

	/**
	 * The lowest value of a keyset's time column. A first page still bounds its sort column from below ({@code time >=
	 * EARLIEST}, or {@code text >= ''}) although the bound filters nothing: H2 picks an index by a cost estimate that
	 * does not weigh the ORDER BY, and with the account alone it took the foreign-key index on {@code account_id}
	 * and sorted every row of the account for each page; a range on the index's second column makes the sorted index
	 * the cheaper one (where accounts hold a row or two each the two tie, and the sort costs nothing). Under the soak
	 * of issue 9 a customer list cost more with every customer created, until the server spent its time collecting
	 * the sorted rows. PostgreSQL has no such index and plans the same with or without the bound.
	 */
	public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

	/** The lowest value of a keyset's text column, see {@link #EARLIEST}. */
	public static final String LOWEST = "";

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] secret;

	Cursors(WebProperties properties, ServerSecrets secrets) {
		String configured = properties.cursorSecret();
		this.secret = ((configured == null || configured.isBlank()) ? secrets.randomSecret("cursor-secret") : configured)
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A cursor for the position after {@code lastValues}.
	 * @param query a stable description of the query (filters and sort), not of the page size
	 */
	public String encode(long accountId, String query, List<String> lastValues) {
		StringBuilder payload = new StringBuilder();
		for (String value : lastValues) {
			if (!payload.isEmpty()) {
				payload.append('\u001f');
			}
			payload.append(value == null ? "\u0000" : value);
		}
		byte[] bytes = payload.toString().getBytes(StandardCharsets.UTF_8);
		return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(sign(accountId, query, bytes));
	}

	/** The last values a cursor holds; INVALID_CURSOR unless it was made by {@link #encode} for this account and query. */
	public List<String> decode(String cursor, long accountId, String query) {
		int dot = cursor == null ? -1 : cursor.indexOf('.');
		if (dot <= 0) {
			throw invalid();
		}
		byte[] bytes;
		byte[] signature;
		try {
			bytes = DECODER.decode(cursor.substring(0, dot));
			signature = DECODER.decode(cursor.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}
		if (!MessageDigest.isEqual(signature, sign(accountId, query, bytes))) {
			throw invalid();
		}
		List<String> values = new ArrayList<>();
		for (String part : new String(bytes, StandardCharsets.UTF_8).split("\u001f", -1)) {
			values.add("\u0000".equals(part) ? null : part);
		}
		return values;
	}

	private byte[] sign(long accountId, String query, byte[] payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update((accountId + "\n" + query + "\n").getBytes(StandardCharsets.UTF_8));
			byte[] full = mac.doFinal(payload);
			byte[] shortened = new byte[16];
			System.arraycopy(full, 0, shortened, 0, 16);
			return shortened;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ApiException invalid() {
		return new ApiException(ErrorCode.INVALID_CURSOR,
				"The cursor is not valid for this request: use the cursor of the previous page of the same query.",
				"cursor");
	}

}
