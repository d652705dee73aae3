package io.theneo.emulator.customers;

import java.time.Instant;

import io.theneo.emulator.web.Violations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The entity rules that decide whether a change reaches the database, and so the version. */
class CustomerTest {

	private static final Instant NOW = Instant.parse("2026-11-26T02:40:00.123Z");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aNewProfileIsCreatedAndUpdatedAtTheSameInstant() {
		Customer customer = Customer.create("C1", 1L, "THIRD_PARTY", changes("{\"given_name\": \"Amelia\"}",
				CustomerChanges.Mode.CREATE), NOW);
		assertThat(customer.getCreatedAt()).isEqualTo(NOW);
		assertThat(customer.getUpdatedAt()).isEqualTo(NOW);
	}

	@Test
	void changesWithinOneMillisecondStillMoveUpdatedAt() {
		Customer customer = stored();
		customer.touch(NOW);
		assertThat(customer.getUpdatedAt()).isEqualTo(NOW.plusMillis(1));
		customer.apply(changes("{\"note\": \"same\"}", CustomerChanges.Mode.UPDATE), NOW);
		assertThat(customer.getUpdatedAt()).isEqualTo(NOW.plusMillis(2));
	}

	@Test
	void aLaterChangeTakesTheClocksTime() {
		Customer customer = stored();
		customer.touch(NOW.plusSeconds(5));
		assertThat(customer.getUpdatedAt()).isEqualTo(NOW.plusSeconds(5));
	}

	private Customer stored() {
		Customer customer = Customer.create("C1", 1L, "THIRD_PARTY", changes("{\"given_name\": \"Amelia\"}",
				CustomerChanges.Mode.CREATE), NOW);
		customer.stored();
		return customer;
	}

	private CustomerChanges changes(String body, CustomerChanges.Mode mode) {
		Violations v = new Violations();
		CustomerChanges changes = CustomerChanges.parse(this.json.readTree(body), mode, false, v);
		assertThat(v.isEmpty()).isTrue();
		return changes;
	}

}
