package io.theneo.emulator.customers;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Violations;

/**
 * What one create, update or merge-patch request sets and removes, read from the JSON body itself so that an absent
 * field can be told from {@code null}, {@code ""} and {@code {}} (API.md §7). Every problem of the body is collected
 * and reported together, each with its wire path.
 */
final class CustomerChanges {

	enum Mode {

		/** POST and a creating upsert: empty values ({@code null}, {@code ""}, {@code {}}) mean "not given". */
		CREATE,

		/** PUT: {@code null}, {@code ""} or {@code {}} removes an attribute; as the address, the whole address. */
		UPDATE,

		/** PATCH, RFC 7396: {@code null} removes, objects merge, so {@code "address": {}} changes nothing. */
		MERGE_PATCH

	}

	/** The customer's own text attributes with Square's length limits. */
	enum Attribute {

		GIVEN_NAME("given_name", 300), FAMILY_NAME("family_name", 300), NICKNAME("nickname", 100),
		COMPANY_NAME("company_name", 500), EMAIL_ADDRESS("email_address", 254), PHONE_NUMBER("phone_number", 40),
		BIRTHDAY("birthday", 10), REFERENCE_ID("reference_id", 100), NOTE("note", 4096);

		final String wire;

		final int maxLength;

		Attribute(String wire, int maxLength) {
			this.wire = wire;
			this.maxLength = maxLength;
		}

		static Optional<Attribute> byWire(String name) {
			return Arrays.stream(values()).filter((a) -> a.wire.equals(name)).findFirst();
		}

	}

	enum AddressField {

		ADDRESS_LINE_1("address_line_1", 500), ADDRESS_LINE_2("address_line_2", 500),
		ADDRESS_LINE_3("address_line_3", 500), LOCALITY("locality", 255), SUBLOCALITY("sublocality", 255),
		SUBLOCALITY_2("sublocality_2", 255), SUBLOCALITY_3("sublocality_3", 255),
		ADMINISTRATIVE_DISTRICT_LEVEL_1("administrative_district_level_1", 255),
		ADMINISTRATIVE_DISTRICT_LEVEL_2("administrative_district_level_2", 255),
		ADMINISTRATIVE_DISTRICT_LEVEL_3("administrative_district_level_3", 255), POSTAL_CODE("postal_code", 32),
		COUNTRY("country", 2);

		final String wire;

		final int maxLength;

		AddressField(String wire, int maxLength) {
			this.wire = wire;
			this.maxLength = maxLength;
		}

		static Optional<AddressField> byWire(String name) {
			return Arrays.stream(values()).filter((a) -> a.wire.equals(name)).findFirst();
		}

	}

	/** Computed by the server; a client that sends one is told so rather than ignored. */
	static final Set<String> READ_ONLY = Set.of("id", "created_at", "updated_at", "creation_source", "group_ids",
			"segment_ids", "preferences");

	private static final Set<String> COUNTRIES = Collections
		.unmodifiableSet(new TreeSet<>(Arrays.asList(Locale.getISOCountries())));

	/** The attributes the request names: a value sets it, {@code null} removes it. */
	private final Map<Attribute, String> attributes = new EnumMap<>(Attribute.class);

	private final Map<AddressField, String> address = new EnumMap<>(AddressField.class);

	/** The attributes the request gave a value, valid or not (for "at least one of" on create). */
	private final Set<Attribute> given = EnumSet.noneOf(Attribute.class);

	private boolean removeAddress;

	private Long version;

	private String customerId;

	private CustomerChanges() {
	}

	/**
	 * Reads and checks a request body, adding every problem to {@code v} (the caller adds its own and throws).
	 * @param idField whether the body may repeat the path's {@code customer_id} (PUT and PATCH)
	 */
	static CustomerChanges parse(JsonNode body, Mode mode, boolean idField, Violations v) {
		if (body == null || !body.isObject()) {
			throw new ApiException(ErrorCode.EXPECTED_JSON_BODY, "The request body must be a JSON object.");
		}
		CustomerChanges changes = new CustomerChanges();
		for (Map.Entry<String, JsonNode> property : body.properties()) {
			String name = property.getKey();
			JsonNode value = property.getValue();
			if ("idempotency_key".equals(name)) {
				continue; // checked by the idempotency filter
			}
			if ("version".equals(name)) {
				changes.readVersion(value, mode, v);
			}
			else if ("customer_id".equals(name) && idField) {
				if (!value.isString()) {
					v.add(ErrorCode.INVALID_VALUE, "Field `customer_id` must be a string.", name);
				}
				else {
					changes.customerId = value.asString();
				}
			}
			else if (READ_ONLY.contains(name)) {
				v.addAll(ApiException.readOnly(name));
			}
			else if ("address".equals(name)) {
				changes.readAddress(value, mode, v);
			}
			else {
				Optional<Attribute> attribute = Attribute.byWire(name);
				if (attribute.isPresent()) {
					changes.readAttribute(attribute.get(), value, mode, v);
				}
				else {
					v.add(ErrorCode.UNKNOWN_BODY_PARAMETER,
							"Unknown field `" + ErrorResponses.truncate(name) + "` in the request body.",
							ErrorResponses.truncate(name));
				}
			}
		}
		return changes;
	}

	private void readVersion(JsonNode value, Mode mode, Violations v) {
		if (mode == Mode.CREATE) {
			v.addAll(ApiException.readOnly("version"));
		}
		else if (value.isNull()) {
			// no version: the change applies to the latest
		}
		else if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			v.add(ErrorCode.INVALID_VALUE, "Field `version` must be a non-negative integer.", "version");
		}
		else {
			this.version = value.longValue();
		}
	}

	private void readAttribute(Attribute attribute, JsonNode value, Mode mode, Violations v) {
		String field = attribute.wire;
		if (isEmpty(value, mode)) {
			if (mode != Mode.CREATE) {
				this.attributes.put(attribute, null);
			}
			return;
		}
		if (!value.isString()) {
			v.add(ErrorCode.INVALID_VALUE, "Field `" + field + "` must be a string.", field);
			return;
		}
		String text = value.asString().strip();
		this.given.add(attribute);
		String checked = check(attribute, text, v);
		if (checked != null) {
			this.attributes.put(attribute, checked);
		}
	}

	/** The value to store, or null after reporting why it cannot be. */
	private static String check(Attribute attribute, String text, Violations v) {
		String field = attribute.wire;
		if (text.indexOf('\u0000') >= 0) {
			v.add(ErrorCode.INVALID_VALUE, "Field `" + field + "` must not contain NUL characters.", field);
			return null;
		}
		if (attribute == Attribute.PHONE_NUMBER) {
			if (text.length() > attribute.maxLength || PhoneNumber.parse(text).isEmpty()) {
				v.add(ErrorCode.INVALID_PHONE_NUMBER, "Field `phone_number` is not a valid phone number: `"
						+ ErrorResponses.truncate(text) + "`; use E.164 (+12065550100) or a form like (206) 555-0100.",
						field);
				return null;
			}
			return text;
		}
		if (text.length() > attribute.maxLength) {
			v.add(ErrorCode.VALUE_TOO_LONG, "Field `" + field + "` must be at most " + attribute.maxLength
					+ " characters long; it is " + text.length() + ".", field);
			return null;
		}
		if (attribute == Attribute.EMAIL_ADDRESS && !EmailAddress.isValid(text)) {
			v.add(ErrorCode.INVALID_EMAIL_ADDRESS, "Field `email_address` is not a valid email address: `"
					+ ErrorResponses.truncate(text) + "`.", field);
			return null;
		}
		if (attribute == Attribute.BIRTHDAY) {
			Optional<Birthday> birthday = Birthday.parse(text);
			if (birthday.isEmpty()) {
				v.add(ErrorCode.INVALID_VALUE, "Field `birthday` must be a date as YYYY-MM-DD or MM-DD: `"
						+ ErrorResponses.truncate(text) + "`.", field);
				return null;
			}
			return birthday.get().wire();
		}
		return text;
	}

	private void readAddress(JsonNode value, Mode mode, Violations v) {
		if (value.isNull() || (value.isString() && value.asString().isBlank())) {
			this.removeAddress = mode != Mode.CREATE;
			return;
		}
		if (!value.isObject()) {
			v.add(ErrorCode.INVALID_VALUE, "Field `address` must be an object.", "address");
			return;
		}
		if (value.isEmpty()) {
			// PUT: "{}" removes the address; merge patch: an empty object merges nothing
			this.removeAddress = mode == Mode.UPDATE;
			return;
		}
		for (Map.Entry<String, JsonNode> property : value.properties()) {
			String path = "address." + ErrorResponses.truncate(property.getKey());
			Optional<AddressField> known = AddressField.byWire(property.getKey());
			if (known.isEmpty()) {
				v.add(ErrorCode.UNKNOWN_BODY_PARAMETER, "Unknown field `" + path + "` in the request body.", path);
				continue;
			}
			AddressField field = known.get();
			JsonNode fieldValue = property.getValue();
			if (isEmpty(fieldValue, mode)) {
				if (mode != Mode.CREATE) {
					this.address.put(field, null);
				}
				continue;
			}
			if (!fieldValue.isString()) {
				v.add(ErrorCode.INVALID_VALUE, "Field `" + path + "` must be a string.", path);
				continue;
			}
			String text = fieldValue.asString().strip();
			if (text.indexOf('\u0000') >= 0) {
				v.add(ErrorCode.INVALID_VALUE, "Field `" + path + "` must not contain NUL characters.", path);
				continue;
			}
			if (field == AddressField.COUNTRY) {
				if (!COUNTRIES.contains(text)) {
					v.add(ErrorCode.INVALID_VALUE, "Field `address.country` must be an ISO 3166-1 alpha-2 country code"
							+ " such as US or FR: `" + ErrorResponses.truncate(text) + "`.", path);
					continue;
				}
			}
			else if (text.length() > field.maxLength) {
				v.add(ErrorCode.VALUE_TOO_LONG, "Field `" + path + "` must be at most " + field.maxLength
						+ " characters long; it is " + text.length() + ".", path);
				continue;
			}
			this.address.put(field, text);
		}
	}

	/** What counts as "no value": null and blank strings; {@code {}} too, except in a merge patch. */
	private static boolean isEmpty(JsonNode value, Mode mode) {
		return value.isNull() || (value.isString() && value.asString().isBlank())
				|| (mode != Mode.MERGE_PATCH && value.isObject() && value.isEmpty());
	}

	Map<Attribute, String> attributes() {
		return this.attributes;
	}

	Map<AddressField, String> address() {
		return this.address;
	}

	boolean removesAddress() {
		return this.removeAddress;
	}

	/** The version the client based the change on, if it named one. */
	Optional<Long> version() {
		return Optional.ofNullable(this.version);
	}

	/** The {@code customer_id} a body repeated from the path, if it did. */
	Optional<String> customerId() {
		return Optional.ofNullable(this.customerId);
	}

	/** Sets an attribute the request implies rather than names (the reference id of an upsert's path). */
	void set(Attribute attribute, String value) {
		this.attributes.put(attribute, value);
	}

	/** Whether the request gave any of {@code attributes} a value. */
	boolean gives(Set<Attribute> attributes) {
		return attributes.stream().anyMatch(this.given::contains);
	}

	boolean names(Attribute attribute) {
		return this.attributes.containsKey(attribute);
	}

	String value(Attribute attribute) {
		return this.attributes.get(attribute);
	}

}
