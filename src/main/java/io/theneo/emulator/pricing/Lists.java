package io.theneo.emulator.pricing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies that keep null elements, so the validator can report them instead of the records throwing. */
final class Lists {

	private Lists() {
	}

	static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

}
