package io.theneo.emulator.accounts;

import org.springframework.http.HttpStatus;

/** A failure of the token endpoints, answered in the RFC 6749 §5.2 shape rather than the API envelope. */
public class OAuthException extends RuntimeException {

	private final String error;

	private final HttpStatus status;

	OAuthException(HttpStatus status, String error, String description) {
		super(description, null, false, false);
		this.status = status;
		this.error = error;
	}

	public String error() {
		return this.error;
	}

	public HttpStatus status() {
		return this.status;
	}

	static OAuthException invalidClient() {
		return new OAuthException(HttpStatus.UNAUTHORIZED, "invalid_client", "Unknown client or wrong API key.");
	}

	static OAuthException invalidRequest(String description) {
		return new OAuthException(HttpStatus.BAD_REQUEST, "invalid_request", description);
	}

}
