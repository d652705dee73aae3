package io.theneo.emulator.customers;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /v2/customers/search} (Square's SearchCustomersRequest); unknown fields are refused. */
@Schema(name = "SearchCustomersRequest")
record SearchCustomersRequest(@Schema(description = "The cursor of the previous page of the same query") String cursor,
		@Schema(minimum = "1", maximum = "100", defaultValue = "100", example = "2") Long limit, Query query,
		@Schema(description = "Adds `count`, the number of matching customers", defaultValue = "false") Boolean count) {

	@Schema(name = "CustomerQuery")
	record Query(Filter filter, Sort sort) {
	}

	@Schema(name = "CustomerFilter", description = "Every filter given must match (AND)")
	record Filter(TimeRange createdAt, TimeRange updatedAt, TextFilter emailAddress, TextFilter phoneNumber,
			TextFilter referenceId, FilterValue groupIds, CreationSourceFilter creationSource) {
	}

	@Schema(name = "CustomerTimeRange", description = "RFC 3339; both ends inclusive")
	record TimeRange(@Schema(example = "2018-01-01T00:00:00-00:00") String startAt,
			@Schema(example = "2018-02-01T00:00:00-00:00") String endAt) {
	}

	@Schema(name = "CustomerTextFilter", description = "Exactly one of exact (case-insensitive equality) and fuzzy"
			+ " (every token of the query is contained, case-insensitive)")
	record TextFilter(String exact, @Schema(example = "example.com") String fuzzy) {
	}

	@Schema(name = "CustomerGroupFilter",
			description = "all: member of every group; any: of at least one; none: of none")
	record FilterValue(List<String> all, List<String> any, List<String> none) {
	}

	@Schema(name = "CustomerCreationSourceFilter")
	record CreationSourceFilter(@Schema(example = "[\"THIRD_PARTY\"]") List<String> values,
			@Schema(allowableValues = { "INCLUDE", "EXCLUDE" }, defaultValue = "INCLUDE") String rule) {
	}

	@Schema(name = "CustomerSort")
	record Sort(@Schema(allowableValues = { "DEFAULT", "CREATED_AT" }, defaultValue = "DEFAULT") String field,
			@Schema(allowableValues = { "ASC", "DESC" }, defaultValue = "ASC") String order) {
	}

}
