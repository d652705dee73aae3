package io.theneo.emulator.customers;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A customer group as the wire shows it. */
@Schema(name = "CustomerGroup")
record GroupView(@Schema(example = "2TAT3CMH4Q0A9M87XJZED0WMR3") String id,
		@Schema(example = "Loyal Customers") String name,
		@Schema(example = "2020-04-13T21:54:57.863Z") Instant createdAt,
		@Schema(example = "2020-04-13T21:54:57.863Z") Instant updatedAt) {

	static GroupView from(CustomerGroup g) {
		return new GroupView(g.getId(), g.getName(), g.getCreatedAt(), g.getUpdatedAt());
	}

}
