package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** {@code {}} when nothing matches; {@code cursor} only when another page exists. */
@Schema(name = "ListCatalogResponse")
record ListCatalogResponse(List<CatalogObject> objects, String cursor) {
}
