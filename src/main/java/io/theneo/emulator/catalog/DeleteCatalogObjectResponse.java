package io.theneo.emulator.catalog;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "DeleteCatalogObjectResponse")
record DeleteCatalogObjectResponse(
		@Schema(description = "The object and what went with it (an item's variations, a modifier list's modifiers).")
		List<String> deletedObjectIds,
		Instant deletedAt) {
}
