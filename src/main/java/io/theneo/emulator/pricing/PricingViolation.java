package io.theneo.emulator.pricing;

/**
 * One problem of a pricing request, shaped like an entry of Square's {@code errors} array: {@code code} is one of
 * MISSING_REQUIRED_PARAMETER, INVALID_VALUE, VALUE_TOO_LOW, VALUE_TOO_HIGH, BAD_REQUEST, NOT_FOUND and {@code field}
 * the wire path of the offending request field, with indexes into the request's lists.
 */
public record PricingViolation(String code, String detail, String field) {

	static final String MISSING_REQUIRED_PARAMETER = "MISSING_REQUIRED_PARAMETER";
	static final String INVALID_VALUE = "INVALID_VALUE";
	static final String VALUE_TOO_LOW = "VALUE_TOO_LOW";
	static final String VALUE_TOO_HIGH = "VALUE_TOO_HIGH";
	static final String BAD_REQUEST = "BAD_REQUEST";

}
