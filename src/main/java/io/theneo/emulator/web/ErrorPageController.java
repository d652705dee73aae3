package io.theneo.emulator.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The container's error page: errors raised outside Spring MVC (an over-long request line or header, a rejected path, a
 * filter) end here and get the same envelope as everything else, never Boot's default body or an HTML page.
 */
@Hidden
@RestController
class ErrorPageController implements ErrorController {

	private final ErrorResponses errorResponses;

	ErrorPageController(ErrorResponses errorResponses) {
		this.errorResponses = errorResponses;
	}

	@RequestMapping("${spring.web.error.path:/error}")
	ResponseEntity<ErrorEnvelope> error(HttpServletRequest request) {
		Object requestId = request.getAttribute(RequestIdFilter.MDC_KEY);
		if (requestId != null) {
			MDC.put(RequestIdFilter.MDC_KEY, requestId.toString());
		}
		Throwable ex = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (ex != null) {
			return this.errorResponses.toResponse(ex);
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer i) ? i : 500;
		if (status < 400) {
			status = 404;
		}
		ErrorCode errorCode = ErrorCode.forStatus(status);
		String detail = switch (errorCode) {
			case NOT_FOUND -> "The requested resource was not found.";
			case URI_TOO_LONG -> "The request line is too long.";
			case REQUEST_HEADER_FIELDS_TOO_LARGE -> "The request headers are too large.";
			case REQUEST_ENTITY_TOO_LARGE -> "The request body is too large.";
			case INTERNAL_SERVER_ERROR -> "An internal error occurred. Request id: " + requestId + ".";
			default -> "The request could not be processed.";
		};
		return ResponseEntity.status(status).body(ErrorEnvelope.of(ApiError.of(errorCode, detail)));
	}

}
