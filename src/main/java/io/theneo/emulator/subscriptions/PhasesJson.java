package io.theneo.emulator.subscriptions;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.theneo.emulator.pricing.Money;

/** The phases snapshot of a subscription row, as JSON text (a private format, never on the wire). */
final class PhasesJson {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<List<Row>> ROWS = new TypeReference<>() {
	};

	private PhasesJson() {
	}

	record Row(String uid, String cadence, Integer periods, long amount, String currency, int ordinal) {
	}

	static String write(List<Phase> phases) {
		return MAPPER.writeValueAsString(phases.stream()
			.map((p) -> new Row(p.uid(), p.cadence().name(), p.periods(), p.price().amount(),
					p.price().currency().getCurrencyCode(), p.ordinal()))
			.toList());
	}

	static List<Phase> read(String json) {
		return MAPPER.readValue(json, ROWS)
			.stream()
			.map((r) -> new Phase(r.uid(), Cadence.valueOf(r.cadence()), r.periods(),
					Money.of(r.amount(), r.currency()), r.ordinal()))
			.toList();
	}

}
