package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "BatchUpsertCatalogObjectsRequest")
record BatchUpsertCatalogObjectsRequest(@Schema(example = "789ff020-f723-43a9-b4b5-43b5dc1fa3dc") String idempotencyKey,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Batch> batches) {

	@Schema(name = "CatalogObjectBatch")
	record Batch(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<CatalogObject> objects) {
	}

}
