package io.theneo.emulator.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Replaces secrets with {@code ***} before anything reaches the journal's table: credentials (the Authorization
 * header, {@code client_secret}, {@code access_token}), card numbers ({@code card_number}, and a {@code source_id}
 * that is a raw card number rather than a nonce or card id) and {@code cvv}. Runs on the journal's writer thread, not
 * on the request's.
 */
final class SecretMasker {

	static final String MASK = "***";

	/** Fields whose value is always a secret. */
	private static final Set<String> SECRET_FIELDS = Set.of("client_secret", "access_token", "refresh_token",
			"card_number", "cvv", "password");

	/** Fields that are a secret only when they hold a card number. */
	private static final Set<String> CARD_FIELDS = Set.of("source_id");

	private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
			"set-cookie", "x-api-key");

	private static final String NAMES = "client_secret|access_token|refresh_token|card_number|cvv|password";

	/** Form fields and query parameters: {@code client_secret=...}. */
	private static final Pattern FORM_SECRET = Pattern.compile("(?i)(^|[&?\\s])(" + NAMES + ")=([^&\\s]*)");

	/** JSON that could not be parsed (cut at the size limit): {@code "client_secret": "..."}. */
	private static final Pattern JSON_SECRET = Pattern
		.compile("(?i)(\"(?:" + NAMES + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[0-9]+)");

	/** 12 to 19 digits, in groups separated by spaces or dashes: a primary account number. */
	private static final Pattern CARD_NUMBER = Pattern.compile("\\d(?:[ -]?\\d){11,18}");

	private static final Pattern CARD_IN_JSON = Pattern
		.compile("(?i)(\"(?:source_id)\"\\s*:\\s*\")(\\d(?:[ -]?\\d){11,18})(\")");

	private final JsonMapper mapper;

	SecretMasker(JsonMapper mapper) {
		this.mapper = mapper;
	}

	/** A body with its secrets masked: JSON field by field, anything else by pattern. */
	String body(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String trimmed = text.stripLeading();
		if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
			try {
				JsonNode tree = this.mapper.readTree(text);
				if (mask(tree)) {
					return this.mapper.writeValueAsString(tree);
				}
				return text;
			}
			catch (JacksonException notJson) {
				// cut at the size limit or not JSON after all: mask by pattern below
			}
		}
		return byPattern(text);
	}

	/** A query string with secret parameters masked. */
	String query(String query) {
		return query == null ? null : replaceForm(query);
	}

	/** Request headers with credentials masked. */
	Map<String, String> headers(Map<String, String> headers) {
		Map<String, String> masked = new LinkedHashMap<>();
		headers.forEach((name, value) -> masked.put(name,
				SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value));
		return masked;
	}

	static boolean isCardNumber(String value) {
		return value != null && CARD_NUMBER.matcher(value.strip()).matches();
	}

	/** Masks in place; true when something changed. */
	private static boolean mask(JsonNode node) {
		boolean changed = false;
		if (node instanceof ObjectNode object) {
			List<String> names = new ArrayList<>(object.propertyNames());
			for (String name : names) {
				JsonNode value = object.get(name);
				String lower = name.toLowerCase(Locale.ROOT);
				boolean empty = value.isNull() || (value.isString() && value.asString().isEmpty());
				if (SECRET_FIELDS.contains(lower) && !empty) {
					object.put(name, MASK);
					changed = true;
				}
				else if (CARD_FIELDS.contains(lower) && value.isString() && isCardNumber(value.asString())) {
					object.put(name, MASK);
					changed = true;
				}
				else if (value.isContainer()) {
					changed |= mask(value);
				}
			}
		}
		else if (node != null && node.isArray()) {
			for (JsonNode element : node.values()) {
				changed |= mask(element);
			}
		}
		return changed;
	}

	private static String byPattern(String text) {
		String masked = JSON_SECRET.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
		masked = CARD_IN_JSON.matcher(masked)
			.replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + MASK + m.group(3)));
		return replaceForm(masked);
	}

	private static String replaceForm(String text) {
		return FORM_SECRET.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement(m.group(1) + m.group(2) + "=" + MASK));
	}

}
