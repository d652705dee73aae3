package io.theneo.emulator.web;

import java.util.List;

/** The one error body of the API: {@code {"errors": [...]}}. */
public record ErrorEnvelope(List<ApiError> errors) {

	public static ErrorEnvelope of(ApiError error) {
		return new ErrorEnvelope(List.of(error));
	}

}
