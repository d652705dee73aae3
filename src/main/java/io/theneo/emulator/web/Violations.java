package io.theneo.emulator.web;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one request so that they are reported together, then throws once. */
public final class Violations {

	private final List<ApiError> errors = new ArrayList<>();

	public Violations add(ErrorCode code, String detail, String field) {
		this.errors.add(ApiError.of(code, detail, field));
		return this;
	}

	public Violations addAll(ApiException ex) {
		this.errors.addAll(ex.errors());
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	public void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new ApiException(this.errors);
		}
	}

}
