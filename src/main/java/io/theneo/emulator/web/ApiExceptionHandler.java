package io.theneo.emulator.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.theneo.emulator.accounts.OAuthException;

/** The one advice: every exception a handler lets out becomes the envelope. */
@RestControllerAdvice
class ApiExceptionHandler {

	private final ErrorResponses errorResponses;

	ApiExceptionHandler(ErrorResponses errorResponses) {
		this.errorResponses = errorResponses;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<?> handle(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			// The client accepts no JSON, so a returned envelope could not be written (an empty 406): JSON is all
			// there is, and the envelope says so in JSON all the same.
			this.errorResponses.write(response, ex);
			return null;
		}
		if (request.getRequestURI().startsWith("/oauth2/") && !request.getRequestURI().equals("/oauth2/token/status")) {
			return oauth(ex);
		}
		return this.errorResponses.toResponse(ex);
	}

	/** The token endpoints answer in the RFC 6749 §5.2 shape: {@code {"error", "error_description"}}. */
	private ResponseEntity<Map<String, String>> oauth(Exception ex) {
		Map<String, String> body = new LinkedHashMap<>();
		if (ex instanceof OAuthException oauth) {
			body.put("error", oauth.error());
			body.put("error_description", oauth.getMessage());
			ResponseEntity.BodyBuilder builder = ResponseEntity.status(oauth.status());
			if (oauth.status() == HttpStatus.UNAUTHORIZED) {
				builder.header("WWW-Authenticate", "Basic realm=\"oauth2\"");
			}
			return builder.body(body);
		}
		ResponseEntity<ErrorEnvelope> mapped = this.errorResponses.toResponse(ex);
		body.put("error", mapped.getStatusCode().is5xxServerError() ? "server_error" : "invalid_request");
		body.put("error_description", mapped.getBody().errors().get(0).detail());
		return ResponseEntity.status(mapped.getStatusCode()).headers(mapped.getHeaders()).body(body);
	}

}
