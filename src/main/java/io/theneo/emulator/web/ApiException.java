package io.theneo.emulator.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Services throw it; the one advice turns it into the envelope. The status is the one of
 * the first error (API.md §2).
 */
public class ApiException extends RuntimeException {

	private final transient List<ApiError> errors;

	private final HttpStatus status;

	public ApiException(List<ApiError> errors) {
		super(errors.get(0).code() + ": " + errors.get(0).detail(), null, false, false);
		this.errors = List.copyOf(errors);
		this.status = statusOf(errors.get(0));
	}

	/** A NOT_FOUND that names a field is a missing referenced object, which is the request's fault: 400 (API.md §2). */
	private static HttpStatus statusOf(ApiError first) {
		ErrorCode code = ErrorCode.valueOf(first.code());
		return (code == ErrorCode.NOT_FOUND && first.field() != null) ? HttpStatus.BAD_REQUEST : code.status();
	}

	public ApiException(ErrorCode code, String detail) {
		this(code, detail, null);
	}

	public ApiException(ErrorCode code, String detail, String field) {
		this(List.of(ApiError.of(code, detail, field)));
	}

	public List<ApiError> errors() {
		return this.errors;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** 404 for an unknown id or an id of another account: "Customer with ID `X` not found." */
	public static ApiException notFound(String kind, String id) {
		return new ApiException(ErrorCode.NOT_FOUND, kind + " with ID `" + id + "` not found.");
	}

	/** 400 for a referenced object that does not exist in the account. */
	public static ApiException referenceNotFound(String kind, String id, String field) {
		return new ApiException(ErrorCode.NOT_FOUND, kind + " with ID `" + id + "` not found.", field);
	}

	public static ApiException invalid(String detail, String field) {
		return new ApiException(ErrorCode.INVALID_VALUE, detail, field);
	}

	public static ApiException badRequest(String detail) {
		return new ApiException(ErrorCode.BAD_REQUEST, detail);
	}

	public static ApiException versionMismatch(long supplied, long current, String kind, String id, String field) {
		return new ApiException(ErrorCode.VERSION_MISMATCH, "Supplied version " + supplied
				+ " does not match the current version " + current + " of " + kind + " " + id + ".", field);
	}

	public static ApiException readOnly(String field) {
		return new ApiException(ErrorCode.INVALID_VALUE,
				"Read-only field is calculated and cannot be set by a client.", field);
	}

}
