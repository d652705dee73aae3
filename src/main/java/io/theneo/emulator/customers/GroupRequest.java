package io.theneo.emulator.customers;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of creating or renaming a group: {@code {"group": {"name"}, "idempotency_key"}}. */
@Schema(name = "CustomerGroupRequest")
record GroupRequest(GroupInput group,
		@Schema(example = "4f3a2d71-7b1e-4f1a-9d33-6a3f0b1c9e21", maxLength = 192) String idempotencyKey) {

	/** The group as the client sends it; id and timestamps are read-only but named so that they are refused as such. */
	@Schema(name = "CustomerGroupInput")
	record GroupInput(@Schema(accessMode = Schema.AccessMode.READ_ONLY) String id,
			@Schema(example = "Loyal Customers", maxLength = 255,
					requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) String createdAt,
			@Schema(accessMode = Schema.AccessMode.READ_ONLY) String updatedAt) {
	}

}
