package io.theneo.emulator.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The context a {@link FixtureLoader} fills: the account, its clock's now, and the ids to use. The default account
 * keeps the ids printed in the documents; every other account gets ids derived from its merchant id and the documented
 * id, of the same shape, so that they are unique per account and the same after every reset.
 */
public final class Fixtures {

	private static final Pattern UUID_SHAPE = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-zA-Z]{12}");

	private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";

	private static final String DIGITS = "0123456789";

	private final long accountId;

	private final String merchantId;

	private final boolean documentedIds;

	private final Instant now;

	private final Map<String, List<String>> created = new LinkedHashMap<>();

	public Fixtures(long accountId, String merchantId, boolean documentedIds, Instant now) {
		this.accountId = accountId;
		this.merchantId = merchantId;
		this.documentedIds = documentedIds;
		this.now = now;
	}

	public long accountId() {
		return this.accountId;
	}

	public Instant now() {
		return this.now;
	}

	/** The id this account uses for the object the documents call {@code documentedId}. */
	public String id(String documentedId) {
		if (this.documentedIds) {
			return documentedId;
		}
		byte[] hash = sha256(this.merchantId + "/" + documentedId);
		if (UUID_SHAPE.matcher(documentedId).matches()) {
			return UUID.nameUUIDFromBytes(hash).toString();
		}
		StringBuilder sb = new StringBuilder(documentedId.length());
		for (int i = 0; i < documentedId.length(); i++) {
			char c = documentedId.charAt(i);
			int r = hash[i % hash.length] & 0xff;
			if (i >= hash.length) {
				r = (r * 31 + i) & 0xff;
			}
			if (Character.isUpperCase(c)) {
				sb.append((UPPER + DIGITS).charAt(r % 36));
			}
			else if (Character.isLowerCase(c)) {
				sb.append(LOWER.charAt(r % 26));
			}
			else if (Character.isDigit(c)) {
				sb.append(DIGITS.charAt(r % 10));
			}
			else {
				sb.append(c);
			}
		}
		// Keep a documented prefix such as "ccof:" readable.
		int colon = documentedId.indexOf(':');
		return (colon > 0) ? documentedId.substring(0, colon + 1) + sb.substring(colon + 1) : sb.toString();
	}

	/** Records a fixture id under a kind ({@code location_ids}, {@code customer_ids}, ...) for the sandbox answer. */
	public void record(String kind, String id) {
		this.created.computeIfAbsent(kind, (k) -> new ArrayList<>()).add(id);
	}

	public Map<String, List<String>> created() {
		return this.created;
	}

	private static byte[] sha256(String s) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
