package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "SearchCatalogObjectsResponse")
record SearchCatalogObjectsResponse(List<CatalogObject> objects, String cursor, List<CatalogObject> relatedObjects) {
}
