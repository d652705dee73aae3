package io.theneo.emulator.web;

import org.springframework.http.HttpStatus;

/**
 * Every error code the API answers with, and the status, category and type it travels with, so that a code can never be
 * sent with the wrong category (API.md §2).
 */
public enum ErrorCode {

	EXPECTED_JSON_BODY(HttpStatus.BAD_REQUEST),
	INVALID_VALUE(HttpStatus.BAD_REQUEST),
	MISSING_REQUIRED_PARAMETER(HttpStatus.BAD_REQUEST),
	VALUE_TOO_LONG(HttpStatus.BAD_REQUEST),
	VALUE_TOO_SHORT(HttpStatus.BAD_REQUEST),
	VALUE_TOO_LOW(HttpStatus.BAD_REQUEST),
	VALUE_TOO_HIGH(HttpStatus.BAD_REQUEST),
	INVALID_ENUM_VALUE(HttpStatus.BAD_REQUEST),
	INVALID_EMAIL_ADDRESS(HttpStatus.BAD_REQUEST),
	INVALID_PHONE_NUMBER(HttpStatus.BAD_REQUEST),
	INVALID_TIME(HttpStatus.BAD_REQUEST),
	INVALID_TIME_RANGE(HttpStatus.BAD_REQUEST),
	UNKNOWN_BODY_PARAMETER(HttpStatus.BAD_REQUEST),
	UNKNOWN_QUERY_PARAMETER(HttpStatus.BAD_REQUEST),
	INVALID_CURSOR(HttpStatus.BAD_REQUEST),
	BAD_REQUEST(HttpStatus.BAD_REQUEST),
	CUSTOMER_NOT_FOUND(HttpStatus.BAD_REQUEST),
	CUSTOMER_MISSING_EMAIL(HttpStatus.BAD_REQUEST),
	IDEMPOTENCY_KEY_REUSED(HttpStatus.BAD_REQUEST, Category.INVALID_REQUEST_ERROR, "idempotency_error"),
	UNAUTHORIZED(HttpStatus.UNAUTHORIZED, Category.AUTHENTICATION_ERROR, "authentication_error"),
	ACCESS_TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED, Category.AUTHENTICATION_ERROR, "authentication_error"),
	ACCESS_TOKEN_REVOKED(HttpStatus.UNAUTHORIZED, Category.AUTHENTICATION_ERROR, "authentication_error"),
	CARD_DECLINED(HttpStatus.PAYMENT_REQUIRED, Category.PAYMENT_METHOD_ERROR, "card_error"),
	INSUFFICIENT_FUNDS(HttpStatus.PAYMENT_REQUIRED, Category.PAYMENT_METHOD_ERROR, "card_error"),
	CARD_EXPIRED(HttpStatus.PAYMENT_REQUIRED, Category.PAYMENT_METHOD_ERROR, "card_error"),
	CVV_FAILURE(HttpStatus.PAYMENT_REQUIRED, Category.PAYMENT_METHOD_ERROR, "card_error"),
	INSUFFICIENT_SCOPES(HttpStatus.FORBIDDEN, Category.AUTHENTICATION_ERROR, "authentication_error"),
	FORBIDDEN(HttpStatus.FORBIDDEN, Category.AUTHENTICATION_ERROR, "authentication_error"),
	NOT_FOUND(HttpStatus.NOT_FOUND),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE),
	VERSION_MISMATCH(HttpStatus.CONFLICT),
	CONFLICT(HttpStatus.CONFLICT),
	REQUEST_ENTITY_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),
	URI_TOO_LONG(HttpStatus.URI_TOO_LONG),
	REQUEST_HEADER_FIELDS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE),
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, Category.RATE_LIMIT_ERROR, "rate_limit_error"),
	INTERNAL_SERVER_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, Category.API_ERROR, "api_error"),
	SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, Category.API_ERROR, "api_error"),
	GATEWAY_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, Category.API_ERROR, "api_error");

	/** Square's upper-case error categories. */
	public enum Category {
		API_ERROR, AUTHENTICATION_ERROR, INVALID_REQUEST_ERROR, RATE_LIMIT_ERROR, PAYMENT_METHOD_ERROR
	}

	private final HttpStatus status;

	private final Category category;

	private final String type;

	ErrorCode(HttpStatus status) {
		this(status, Category.INVALID_REQUEST_ERROR, "invalid_request_error");
	}

	ErrorCode(HttpStatus status, Category category, String type) {
		this.status = status;
		this.category = category;
		this.type = type;
	}

	public HttpStatus status() {
		return this.status;
	}

	public Category category() {
		return this.category;
	}

	public String type() {
		return this.type;
	}

	/** The code a bare HTTP status maps to, for errors raised below Spring MVC (container, firewall). */
	public static ErrorCode forStatus(int status) {
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 402 -> CARD_DECLINED;
			case 403 -> FORBIDDEN;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 409 -> CONFLICT;
			case 413 -> REQUEST_ENTITY_TOO_LARGE;
			case 414 -> URI_TOO_LONG;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 429 -> RATE_LIMITED;
			case 431 -> REQUEST_HEADER_FIELDS_TOO_LARGE;
			case 503 -> SERVICE_UNAVAILABLE;
			case 504 -> GATEWAY_TIMEOUT;
			default -> (status >= 400 && status < 500) ? BAD_REQUEST : INTERNAL_SERVER_ERROR;
		};
	}

}
