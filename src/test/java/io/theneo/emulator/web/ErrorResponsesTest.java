package io.theneo.emulator.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping of unexpected exceptions: a 500 whose detail carries only the request id, nothing internal. */
class ErrorResponsesTest {

	private final ErrorResponses responses = new ErrorResponses(JsonMapper.builder().build());

	@Test
	void unexpectedExceptionsLeakNothing() {
		MDC.put(RequestIdFilter.MDC_KEY, "req-123");
		try {
			ResponseEntity<ErrorEnvelope> r = this.responses.toResponse(new IllegalStateException(
					"could not execute statement [select * from customer]", new SQLException("duplicate key")));
			assertThat(r.getStatusCode().value()).isEqualTo(500);
			ApiError e = r.getBody().errors().get(0);
			assertThat(e.code()).isEqualTo("INTERNAL_SERVER_ERROR");
			assertThat(e.category()).isEqualTo("API_ERROR");
			assertThat(e.type()).isEqualTo("api_error");
			assertThat(e.detail()).contains("req-123").doesNotContain("select").doesNotContain("IllegalState");
		}
		finally {
			MDC.remove(RequestIdFilter.MDC_KEY);
		}
	}

	@Test
	void theStatusFollowsTheFirstError() {
		ApiException ex = new ApiException(java.util.List.of(ApiError.of(ErrorCode.VERSION_MISMATCH, "a"),
				ApiError.of(ErrorCode.INVALID_VALUE, "b")));
		assertThat(this.responses.toResponse(ex).getStatusCode().value()).isEqualTo(409);
		assertThat(this.responses.toResponse(ex).getBody().errors()).hasSize(2);
	}

	@Test
	void everyCodeCarriesItsCategoryAndType() {
		assertThat(ApiError.of(ErrorCode.IDEMPOTENCY_KEY_REUSED, "x").type()).isEqualTo("idempotency_error");
		assertThat(ApiError.of(ErrorCode.CARD_DECLINED, "x").category()).isEqualTo("PAYMENT_METHOD_ERROR");
		assertThat(ApiError.of(ErrorCode.CARD_DECLINED, "x").type()).isEqualTo("card_error");
		assertThat(ApiError.of(ErrorCode.RATE_LIMITED, "x").type()).isEqualTo("rate_limit_error");
		assertThat(ErrorCode.RATE_LIMITED.status().value()).isEqualTo(429);
		assertThat(ErrorCode.REQUEST_ENTITY_TOO_LARGE.status().value()).isEqualTo(413);
	}

}
