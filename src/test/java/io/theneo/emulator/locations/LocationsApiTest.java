package io.theneo.emulator.locations;

import org.junit.jupiter.api.Test;

import io.theneo.emulator.support.ApiTest;
import io.theneo.emulator.support.TestAccounts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

class LocationsApiTest extends ApiTest {

	@Test
	void defaultAccountListsTheDocumentedLocations() {
		as(admin()).get("/v2/locations")
			.then()
			.statusCode(200)
			.body("locations", hasSize(4))
			.body("locations.id", contains("057P5VYJ4A5X1", "D7AVYMEAPJ3A3", "MXVQSVNDGN3C8", "S8GWD5R9QB376"))
			.body("locations[0].currency", equalTo("USD"))
			.body("locations[0].timezone", equalTo("America/Los_Angeles"))
			.body("locations[0].merchant_id", equalTo("MLTHENEODEMO1"));
	}

	@Test
	void retrievesOneLocation() {
		as(admin()).get("/v2/locations/057P5VYJ4A5X1")
			.then()
			.statusCode(200)
			.body("location.id", equalTo("057P5VYJ4A5X1"))
			.body("location.status", equalTo("ACTIVE"))
			.body("location.address.address_line_1", equalTo("1600 Pennsylvania Ave"))
			.body("location.address.administrative_district_level_1", equalTo("CA"))
			.body("location.created_at", org.hamcrest.Matchers.matchesPattern(
					"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
	}

	@Test
	void anotherAccountsLocationIsNotFound() {
		TestAccounts.TestAccount other = freshAccount();
		String foreign = other.fixture("location_ids", 0);
		as(admin()).get("/v2/locations/" + foreign)
			.then()
			.statusCode(404)
			.body("errors[0].code", equalTo("NOT_FOUND"))
			.body("errors[0].category", equalTo("INVALID_REQUEST_ERROR"))
			.body("errors[0].detail", equalTo("Location with ID `" + foreign + "` not found."));
		as(other).get("/v2/locations/" + foreign).then().statusCode(200);
		as(other).get("/v2/locations").then().statusCode(200).body("locations.id", contains(
				other.id("057P5VYJ4A5X1"), other.id("D7AVYMEAPJ3A3"), other.id("MXVQSVNDGN3C8"), other.id("S8GWD5R9QB376")));
	}

	@Test
	void needsMerchantProfileRead() {
		TestAccounts.TestAccount narrow = this.accounts.fresh(java.util.List.of("CUSTOMERS_READ"));
		as(narrow).get("/v2/locations")
			.then()
			.statusCode(403)
			.body("errors[0].code", equalTo("INSUFFICIENT_SCOPES"))
			.body("errors[0].type", equalTo("authentication_error"))
			.body("errors[0].detail", org.hamcrest.Matchers.containsString("MERCHANT_PROFILE_READ"));
	}

}
