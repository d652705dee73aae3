package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "UpsertCatalogObjectRequest")
record UpsertCatalogObjectRequest(
		@Schema(example = "af3d1afc-7212-4300-b463-0bfc5314a5ae",
				description = "Optional here (the Idempotency-Key header works too); a repeated key replays the answer.")
		String idempotencyKey,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) CatalogObject object) {
}
