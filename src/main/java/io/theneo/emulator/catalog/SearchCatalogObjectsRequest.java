package io.theneo.emulator.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** Square's SearchCatalogObjectsRequest, with the text, exact and prefix queries (given together, they AND). */
@Schema(name = "SearchCatalogObjectsRequest")
record SearchCatalogObjectsRequest(String cursor,
		@ArraySchema(arraySchema = @Schema(description = "Types to return (ITEM, ITEM_VARIATION, MODIFIER_LIST,"
				+ " MODIFIER, DISCOUNT, TAX, SUBSCRIPTION_PLAN; Square's other types match nothing); default the"
				+ " top-level ones: ITEM, MODIFIER_LIST, DISCOUNT, TAX, SUBSCRIPTION_PLAN."),
				schema = @Schema(example = "ITEM")) List<String> objectTypes,
		Boolean includeDeletedObjects, Boolean includeRelatedObjects,
		@Schema(example = "2021-10-20T00:00:00Z", description = "Only objects changed after this time.") String beginTime,
		Query query, @Schema(example = "100", description = "1 to 100, default 100.") Integer limit) {

	@Schema(name = "CatalogQuery")
	record Query(TextQuery textQuery, ExactQuery exactQuery, PrefixQuery prefixQuery) {
	}

	@Schema(name = "CatalogQueryText", description = "Objects whose name or description contains every keyword"
			+ " (case-insensitive).")
	record TextQuery(@ArraySchema(schema = @Schema(example = "steak"), maxItems = 3) List<String> keywords) {
	}

	@Schema(name = "CatalogQueryExact", description = "Objects whose attribute (name or description) equals the value,"
			+ " ignoring case.")
	record ExactQuery(@Schema(example = "name") String attributeName,
			@Schema(example = "New York Steak") String attributeValue) {
	}

	@Schema(name = "CatalogQueryPrefix", description = "Objects whose attribute (name or description) starts with the"
			+ " prefix, ignoring case.")
	record PrefixQuery(@Schema(example = "name") String attributeName,
			@Schema(example = "new york") String attributePrefix) {
	}

}
