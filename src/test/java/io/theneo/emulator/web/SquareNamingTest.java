package io.theneo.emulator.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SquareNamingTest {

	@ParameterizedTest
	@CsvSource({ "addressLine1,address_line_1", "administrativeDistrictLevel1,administrative_district_level_1",
			"last4,last_4", "givenName,given_name", "id,id", "totalMoney,total_money", "expYear,exp_year",
			"createdAtGte,created_at_gte" })
	void writesSquaresNames(String java, String wire) {
		assertThat(new WebConfig.SquareNaming().translate(java)).isEqualTo(wire);
	}

}
