package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "RetrieveCatalogObjectResponse")
record RetrieveCatalogObjectResponse(CatalogObject object, List<CatalogObject> relatedObjects) {
}
