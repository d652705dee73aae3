package io.theneo.emulator.customers;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/** A page of a list or search: {@code {}} when nothing matches, {@code cursor} only when another page exists. */
@Schema(name = "CustomerPage")
record CustomerPage(@JsonInclude(JsonInclude.Include.NON_EMPTY) List<CustomerView> customers,
		@Schema(description = "Present only when another page exists") String cursor,
		@Schema(description = "The number of matching customers, when asked for with count=true") Long count) {
}
