package io.theneo.emulator.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of the error envelope: {@code {"category","type","code","detail","field"}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String category, String type, String code, String detail, String field) {

	public static ApiError of(ErrorCode code, String detail) {
		return of(code, detail, null);
	}

	public static ApiError of(ErrorCode code, String detail, String field) {
		return new ApiError(code.category().name(), code.type(), code.name(), detail, field);
	}

}
