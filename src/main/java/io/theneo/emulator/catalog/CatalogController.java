package io.theneo.emulator.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Catalog", description = "Items and variations, modifier lists, discounts, taxes and subscription plans:"
		+ " what orders and subscriptions price from.")
@RestController
class CatalogController {

	private static final String JSON = "application/json";

	private final CatalogUpserts upserts;

	private final CatalogService catalog;

	CatalogController(CatalogUpserts upserts, CatalogService catalog) {
		this.upserts = upserts;
		this.catalog = catalog;
	}

	@Operation(summary = "Create or replace one catalog object",
			description = "An `id` starting with `#` creates the object (nested variations and modifiers too) and is"
					+ " answered in `id_mappings`; an existing id replaces that object, after checking `version` when"
					+ " one is given (409 VERSION_MISMATCH). An item sent with `variations` keeps exactly those;"
					+ " sent without, it keeps its variations. An id, item_id, tax id or modifier list id that is not"
					+ " an object of the account (or a temporary id the request does not define) is 400 NOT_FOUND with its path.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = UpsertCatalogObjectRequest.class),
					examples = @ExampleObject(name = "item with a variation", value = CatalogExamples.UPSERT_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The object as stored",
							content = @Content(mediaType = JSON,
									schema = @Schema(implementation = UpsertCatalogObjectResponse.class),
									examples = @ExampleObject(value = CatalogExamples.UPSERT_RESPONSE))),
					@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH",
							content = @Content(mediaType = JSON,
									schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"))) })
	@RequiresScopes(Scopes.ITEMS_WRITE)
	@PostMapping("/v2/catalog/object")
	UpsertCatalogObjectResponse upsert(@Parameter(hidden = true) Tenant tenant,
			@RequestBody UpsertCatalogObjectRequest request) {
		return this.upserts.upsert(tenant.accountId(), request);
	}

	@Operation(summary = "Create or replace catalog objects in batches",
			description = "Every object of every batch is written, or none is (an error names its path, such as"
					+ " `batches[0].objects[2].item_data.name`). Temporary ids may be referred to anywhere in the"
					+ " request. At most 1,000 objects per batch and 10,000 per request. Unknown ids: 400 NOT_FOUND with"
					+ " their path.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = BatchUpsertCatalogObjectsRequest.class),
					examples = @ExampleObject(name = "tax and taxed item", value = CatalogExamples.BATCH_REQUEST))),
			responses = {
					@ApiResponse(responseCode = "200", description = "The top-level objects as stored",
							content = @Content(mediaType = JSON,
									schema = @Schema(implementation = BatchUpsertCatalogObjectsResponse.class),
									examples = @ExampleObject(value = CatalogExamples.BATCH_RESPONSE))),
					@ApiResponse(responseCode = "409", description = "VERSION_MISMATCH",
							content = @Content(mediaType = JSON,
									schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"))) })
	@RequiresScopes(Scopes.ITEMS_WRITE)
	@PostMapping("/v2/catalog/batch-upsert")
	BatchUpsertCatalogObjectsResponse batchUpsert(@Parameter(hidden = true) Tenant tenant,
			@RequestBody BatchUpsertCatalogObjectsRequest request) {
		return this.upserts.batchUpsert(tenant.accountId(), request);
	}

	@Operation(summary = "Retrieve a catalog object",
			description = "Items come with their variations, modifier lists with their modifiers. With"
					+ " `include_related_objects=true`, `related_objects` adds an item's taxes and modifier lists, a"
					+ " variation's item and a modifier's modifier list.",
			responses = {
					@ApiResponse(responseCode = "200", description = "The object",
							content = @Content(mediaType = JSON,
									schema = @Schema(implementation = RetrieveCatalogObjectResponse.class),
									examples = @ExampleObject(value = CatalogExamples.RETRIEVE_RESPONSE))),
					@ApiResponse(responseCode = "404", description = "NOT_FOUND: unknown, deleted or foreign id",
							content = @Content(mediaType = JSON,
									schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"))) })
	@RequiresScopes(Scopes.ITEMS_READ)
	@GetMapping("/v2/catalog/object/{object_id}")
	RetrieveCatalogObjectResponse retrieve(@Parameter(hidden = true) Tenant tenant,
			@Parameter(example = "BEMYCSMIJL46OCDV4KYIKXIB") @PathVariable("object_id") String objectId,
			@Parameter(example = "true") @RequestParam(name = "include_related_objects",
					required = false) Boolean includeRelatedObjects) {
		return this.catalog.retrieve(tenant.accountId(), objectId, Boolean.TRUE.equals(includeRelatedObjects));
	}

	@Operation(summary = "List catalog objects",
			description = "Pages of 100, ordered by id; `cursor` appears when another page exists. `types` is a"
					+ " comma-separated, case-insensitive list of ITEM, ITEM_VARIATION, MODIFIER_LIST, MODIFIER,"
					+ " DISCOUNT, TAX, SUBSCRIPTION_PLAN; by default the top-level ones (not ITEM_VARIATION, MODIFIER)."
					+ " Nothing found answers `{}`.",
			responses = @ApiResponse(responseCode = "200", description = "A page of objects",
					content = @Content(mediaType = JSON, schema = @Schema(implementation = ListCatalogResponse.class),
							examples = @ExampleObject(value = CatalogExamples.LIST_RESPONSE))))
	@RequiresScopes(Scopes.ITEMS_READ)
	@GetMapping("/v2/catalog/list")
	ListCatalogResponse list(@Parameter(hidden = true) Tenant tenant,
			@Parameter(example = "ITEM,DISCOUNT") @RequestParam(name = "types", required = false) String types,
			@Parameter(description = "The cursor of the previous page of the same query")
			@RequestParam(name = "cursor", required = false) String cursor) {
		return this.catalog.list(tenant.accountId(), types, cursor);
	}

	@Operation(summary = "Search catalog objects",
			description = "`text_query` matches objects whose name or description contains every keyword;"
					+ " `exact_query` and `prefix_query` compare `name` or `description`, ignoring case; given"
					+ " together they all apply. `limit` 1..100 (default 100), ordered by id, `cursor` for the next"
					+ " page.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = JSON,
					schema = @Schema(implementation = SearchCatalogObjectsRequest.class),
					examples = @ExampleObject(name = "items about steak", value = CatalogExamples.SEARCH_REQUEST))),
			responses = @ApiResponse(responseCode = "200", description = "A page of matching objects",
					content = @Content(mediaType = JSON,
							schema = @Schema(implementation = SearchCatalogObjectsResponse.class),
							examples = @ExampleObject(value = CatalogExamples.SEARCH_RESPONSE))))
	@RequiresScopes(Scopes.ITEMS_READ)
	@PostMapping("/v2/catalog/search")
	SearchCatalogObjectsResponse search(@Parameter(hidden = true) Tenant tenant,
			@RequestBody SearchCatalogObjectsRequest request) {
		return this.catalog.search(tenant.accountId(), request);
	}

	@Operation(summary = "Delete a catalog object",
			description = "Deleting an item deletes its variations, a modifier list its modifiers. Deleted objects are"
					+ " then 404 and left out of lists (search shows them with `include_deleted_objects`).",
			responses = {
					@ApiResponse(responseCode = "200", description = "What was deleted",
							content = @Content(mediaType = JSON,
									schema = @Schema(implementation = DeleteCatalogObjectResponse.class),
									examples = @ExampleObject(value = CatalogExamples.DELETE_RESPONSE))),
					@ApiResponse(responseCode = "404", description = "NOT_FOUND: unknown, deleted or foreign id",
							content = @Content(mediaType = JSON,
									schema = @Schema(ref = "#/components/schemas/ErrorEnvelope"))) })
	@RequiresScopes(Scopes.ITEMS_WRITE)
	@DeleteMapping("/v2/catalog/object/{object_id}")
	DeleteCatalogObjectResponse delete(@Parameter(hidden = true) Tenant tenant,
			@Parameter(example = "RVI7RC9P65X8J7IJRZJRFSIS") @PathVariable("object_id") String objectId) {
		return this.catalog.delete(tenant.accountId(), objectId);
	}

}
