package io.theneo.emulator.orders;

import java.util.ArrayList;
import java.util.List;

import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.Violations;

/**
 * The problems of one order request, collected so that they are reported together, with the fields they concern: the
 * pricing engine's findings on a field already reported (a line whose catalog id is unknown has no price either) are
 * left out, so that each mistake is reported once.
 */
final class Problems {

	private final Violations violations = new Violations();

	private final List<String> fields = new ArrayList<>();

	void add(ErrorCode code, String detail, String field) {
		this.violations.add(code, detail, field);
		if (field != null) {
			this.fields.add(field);
		}
	}

	void add(ApiException ex) {
		this.violations.addAll(ex);
		ex.errors().forEach((e) -> {
			if (e.field() != null) {
				this.fields.add(e.field());
			}
		});
	}

	/** Whether a problem was already reported on {@code field}, on a field inside it, or on a field containing it. */
	boolean covers(String field) {
		for (String reported : this.fields) {
			if (within(reported, field) || within(field, reported)) {
				return true;
			}
		}
		return false;
	}

	private static boolean within(String inner, String outer) {
		if (!inner.startsWith(outer)) {
			return false;
		}
		if (inner.length() == outer.length()) {
			return true;
		}
		char next = inner.charAt(outer.length());
		return next == '.' || next == '[';
	}

	boolean isEmpty() {
		return this.violations.isEmpty();
	}

	void throwIfAny() {
		this.violations.throwIfAny();
	}

}
