package io.theneo.emulator.locations;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.theneo.emulator.accounts.RequiresScopes;
import io.theneo.emulator.accounts.Scopes;
import io.theneo.emulator.accounts.Tenant;

@Tag(name = "Locations")
@RestController
@RequiresScopes(Scopes.MERCHANT_PROFILE_READ)
class LocationController {

	private final LocationService locations;

	LocationController(LocationService locations) {
		this.locations = locations;
	}

	@Operation(summary = "List the account's locations")
	@GetMapping("/v2/locations")
	Locations list(Tenant tenant) {
		List<LocationView> all = this.locations.list(tenant.accountId(), tenant.merchantId());
		return new Locations(all.isEmpty() ? null : all);
	}

	@Operation(summary = "Retrieve a location")
	@GetMapping("/v2/locations/{location_id}")
	One get(Tenant tenant, @PathVariable("location_id") String locationId) {
		return new One(this.locations.get(tenant.accountId(), tenant.merchantId(), locationId));
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	record Locations(List<LocationView> locations) {
	}

	record One(LocationView location) {
	}

}
