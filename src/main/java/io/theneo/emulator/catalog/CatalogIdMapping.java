package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.media.Schema;

/** A temporary {@code #id} of the request and the id the server gave the object. */
@Schema(name = "CatalogIdMapping")
record CatalogIdMapping(@Schema(example = "#steak") String clientObjectId,
		@Schema(example = "RVI7RC9P65X8J7IJRZJRFSIS") String objectId) {
}
