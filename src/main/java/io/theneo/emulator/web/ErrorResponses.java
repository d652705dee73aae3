package io.theneo.emulator.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns any exception, from any layer, into the envelope of API.md §2. Used by the MVC advice, the security handlers,
 * the filters and the container's error page, so that every error has one shape. Nothing of an exception's own
 * message reaches a body unless the exception is ours.
 */
@Component
public class ErrorResponses {

	private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

	private final JsonMapper jsonMapper;

	public ErrorResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	public ResponseEntity<ErrorEnvelope> toResponse(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodySizeLimitFilter.BodyTooLargeException) {
				return error(ErrorCode.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.", null, null);
			}
		}
		if (ex instanceof ApiException api) {
			return ResponseEntity.status(api.status()).body(new ErrorEnvelope(api.errors()));
		}
		if (ex instanceof HttpRequestMethodNotSupportedException m) {
			HttpHeaders headers = new HttpHeaders();
			if (m.getSupportedHttpMethods() != null) {
				headers.setAllow(m.getSupportedHttpMethods());
			}
			return error(ErrorCode.METHOD_NOT_ALLOWED, "Method " + m.getMethod() + " is not allowed on this path.", null,
					headers);
		}
		if (ex instanceof HttpMediaTypeNotSupportedException m) {
			return error(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content type `" + m.getContentType()
					+ "` is not supported; send application/json.", null, null);
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return error(ErrorCode.NOT_ACCEPTABLE, "This endpoint answers with application/json only.", null, null);
		}
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return error(ErrorCode.NOT_FOUND, "The requested resource was not found.", null, null);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return error(ErrorCode.REQUEST_ENTITY_TOO_LARGE, "The request body is too large.", null, null);
		}
		if (ex instanceof HttpMessageNotReadableException m) {
			return envelope(fromUnreadable(m));
		}
		if (ex instanceof MethodArgumentNotValidException m) {
			List<ApiError> errors = new ArrayList<>();
			m.getBindingResult().getFieldErrors().forEach((fe) -> errors.add(fromFieldError(fe)));
			m.getBindingResult().getGlobalErrors()
				.forEach((ge) -> errors.add(ApiError.of(ErrorCode.INVALID_VALUE, ge.getDefaultMessage())));
			return envelope(errors);
		}
		if (ex instanceof HandlerMethodValidationException m) {
			List<ApiError> errors = new ArrayList<>();
			m.getParameterValidationResults().forEach((r) -> {
				String name = r.getMethodParameter().getParameterName();
				for (MessageSourceResolvable e : r.getResolvableErrors()) {
					errors.add(ApiError.of(codeFor(e.getCodes()), describe(name, e.getDefaultMessage()), name));
				}
			});
			return envelope(errors.isEmpty() ? List.of(ApiError.of(ErrorCode.INVALID_VALUE, "Invalid request.")) : errors);
		}
		if (ex instanceof ConstraintViolationException c) {
			List<ApiError> errors = new ArrayList<>();
			for (ConstraintViolation<?> v : c.getConstraintViolations()) {
				String field = snake(lastNode(v.getPropertyPath().toString()));
				errors.add(ApiError.of(codeFor(new String[] {
						v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName() }),
						describe(field, v.getMessage()), field));
			}
			return envelope(errors);
		}
		if (ex instanceof MissingServletRequestParameterException m) {
			return error(ErrorCode.MISSING_REQUIRED_PARAMETER,
					"Missing required query parameter `" + m.getParameterName() + "`.", m.getParameterName(), null);
		}
		if (ex instanceof MissingRequestHeaderException m) {
			return error(ErrorCode.MISSING_REQUIRED_PARAMETER, "Missing required header `" + m.getHeaderName() + "`.",
					m.getHeaderName(), null);
		}
		if (ex instanceof InvalidParameterException) {
			// Tomcat could not decode a query parameter: a stray % or bytes that are not UTF-8 (found by the fuzzer)
			return error(ErrorCode.INVALID_VALUE, "A query parameter is not valid percent-encoded UTF-8.", null, null);
		}
		if (ex instanceof IllegalArgumentException && ex.getMessage() != null
				&& ex.getMessage().startsWith("Content-Type cannot contain wildcard")) {
			// Content-Type: */* on a body: Spring's header parsing refuses it with a bare IllegalArgumentException
			return error(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
					"A wildcard is not a content type; send the body as application/json.", null, null);
		}
		if (ex instanceof MethodArgumentTypeMismatchException m) {
			return error(ErrorCode.INVALID_VALUE,
					"Invalid value `" + truncate(String.valueOf(m.getValue())) + "` for `" + m.getName() + "`.",
					m.getName(), null);
		}
		if (ex instanceof PessimisticLockingFailureException) {
			// a row lock not granted in time (H2 waits LOCK_TIMEOUT): contention the client can retry, not a server fault
			return error(ErrorCode.CONFLICT,
					"The object is being changed by another request; retry the request.", null, null);
		}
		if (ex instanceof OptimisticLockingFailureException) {
			return error(ErrorCode.VERSION_MISMATCH,
					"The object was changed by a concurrent request; fetch it again and retry with its new version.",
					null, null);
		}
		if (ex instanceof DataIntegrityViolationException) {
			return error(ErrorCode.CONFLICT, "The request conflicts with the current state of another object.", null,
					null);
		}
		String requestId = MDC.get(RequestIdFilter.MDC_KEY);
		log.error("Unexpected error (request {})", requestId, ex);
		return error(ErrorCode.INTERNAL_SERVER_ERROR,
				"An internal error occurred. Request id: " + (requestId != null ? requestId : "unknown") + ".", null,
				null);
	}

	/** Writes an error straight to the servlet response, for layers below Spring MVC. */
	public void write(HttpServletResponse response, Throwable ex) throws IOException {
		write(response, toResponse(ex));
	}

	public void write(HttpServletResponse response, ResponseEntity<ErrorEnvelope> entity) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(entity.getStatusCode().value());
		entity.getHeaders().forEach((name, values) -> values.forEach((v) -> response.addHeader(name, v)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(this.jsonMapper.writeValueAsBytes(entity.getBody()));
		response.flushBuffer();
	}

	public static ResponseEntity<ErrorEnvelope> error(ErrorCode code, String detail, String field, HttpHeaders headers) {
		HttpStatusCode status = code.status();
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(status);
		if (headers != null) {
			builder.headers(headers);
		}
		return builder.body(ErrorEnvelope.of(ApiError.of(code, detail, field)));
	}

	private static ResponseEntity<ErrorEnvelope> envelope(List<ApiError> errors) {
		return ResponseEntity.status(ErrorCode.valueOf(errors.get(0).code()).status()).body(new ErrorEnvelope(errors));
	}

	private static List<ApiError> fromUnreadable(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof ValueInstantiationException vi && vi.getCause() instanceof ApiException api) {
			return api.errors();
		}
		if (cause instanceof UnrecognizedPropertyException u) {
			String field = path(u);
			return List.of(ApiError.of(ErrorCode.UNKNOWN_BODY_PARAMETER,
					"Unknown field `" + truncate(u.getPropertyName()) + "` in the request body.", field));
		}
		if (cause instanceof InvalidFormatException f) {
			String field = path(f);
			boolean isEnum = f.getTargetType() != null && f.getTargetType().isEnum();
			return List.of(ApiError.of(isEnum ? ErrorCode.INVALID_ENUM_VALUE : ErrorCode.INVALID_VALUE,
					"Invalid value `" + truncate(String.valueOf(f.getValue())) + "` for field `" + field + "`.", field));
		}
		if (cause instanceof InputCoercionException) {
			return List.of(ApiError.of(ErrorCode.INVALID_VALUE, "A number in the request body is out of range.",
					pathOrNull((JacksonException) cause)));
		}
		if (cause instanceof StreamConstraintsException) {
			return List.of(ApiError.of(ErrorCode.INVALID_VALUE,
					"The request body exceeds a JSON limit (nesting depth, number or string length)."));
		}
		if (cause instanceof MismatchedInputException m) {
			String field = pathOrNull(m);
			if (field == null) {
				return List.of(ApiError.of(ErrorCode.EXPECTED_JSON_BODY, "The request body must be a JSON object."));
			}
			return List.of(ApiError.of(ErrorCode.INVALID_VALUE, "Field `" + field + "` has the wrong JSON type.", field));
		}
		if (cause instanceof StreamReadException || cause instanceof JacksonException) {
			return List.of(ApiError.of(ErrorCode.EXPECTED_JSON_BODY, "The request body is not valid JSON."));
		}
		return List.of(ApiError.of(ErrorCode.EXPECTED_JSON_BODY, "The request body is missing or is not valid JSON."));
	}

	private static ApiError fromFieldError(FieldError fe) {
		String field = snakePath(fe.getObjectName(), fe.getField());
		ErrorCode code = codeFor(fe.getCodes());
		return ApiError.of(code, describe(field, fe.getDefaultMessage()), field);
	}

	private static ErrorCode codeFor(String[] codes) {
		if (codes == null) {
			return ErrorCode.INVALID_VALUE;
		}
		for (String c : codes) {
			switch (c) {
				case "NotNull", "NotBlank", "NotEmpty":
					return ErrorCode.MISSING_REQUIRED_PARAMETER;
				case "Size", "Length":
					return ErrorCode.VALUE_TOO_LONG;
				case "Min", "DecimalMin", "Positive", "PositiveOrZero":
					return ErrorCode.VALUE_TOO_LOW;
				case "Max", "DecimalMax":
					return ErrorCode.VALUE_TOO_HIGH;
				case "Email":
					return ErrorCode.INVALID_EMAIL_ADDRESS;
				default:
			}
		}
		return ErrorCode.INVALID_VALUE;
	}

	private static String describe(String field, String message) {
		return "Field `" + field + "` " + (message != null ? message : "is invalid") + ".";
	}

	private static String path(JacksonException ex) {
		String p = pathOrNull(ex);
		return p != null ? p : "body";
	}

	static String pathOrNull(JacksonException ex) {
		StringBuilder sb = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!sb.isEmpty()) {
					sb.append('.');
				}
				sb.append(truncate(ref.getPropertyName()));
			}
			else if (ref.getIndex() >= 0) {
				sb.append('[').append(ref.getIndex()).append(']');
			}
		}
		return sb.isEmpty() ? null : sb.toString();
	}

	private static String snakePath(String objectName, String field) {
		StringBuilder sb = new StringBuilder();
		for (String part : field.split("\\.")) {
			if (!sb.isEmpty()) {
				sb.append('.');
			}
			sb.append(snake(part));
		}
		return sb.toString();
	}

	private static String lastNode(String path) {
		int dot = path.lastIndexOf('.');
		return dot >= 0 ? path.substring(dot + 1) : path;
	}

	static String snake(String camel) {
		return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
	}

	/** Client values are echoed in details, but never long enough to flood a log or a body. */
	public static String truncate(String value) {
		if (value == null) {
			return "null";
		}
		String clean = value.replaceAll("[\\p{Cntrl}]", "?");
		return clean.length() <= 64 ? clean : clean.substring(0, 64) + "…";
	}

}
