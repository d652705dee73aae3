package io.theneo.emulator.catalog;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "BatchUpsertCatalogObjectsResponse")
record BatchUpsertCatalogObjectsResponse(List<CatalogObject> objects, Instant updatedAt,
		List<CatalogIdMapping> idMappings) {
}
