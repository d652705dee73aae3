package io.theneo.emulator.sandbox;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.theneo.emulator.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClockTargetsTest {

	private static final Instant JAN_31 = Instant.parse("2027-01-31T10:00:00Z");

	@ParameterizedTest
	@CsvSource({ "P1M, 2027-02-28T10:00:00Z", "P2M, 2027-03-31T10:00:00Z", "P1Y, 2028-01-31T10:00:00Z",
			"P7D, 2027-02-07T10:00:00Z", "P2W, 2027-02-14T10:00:00Z", "PT36H, 2027-02-01T22:00:00Z",
			"P1MT2H, 2027-02-28T12:00:00Z", "P1DT0.5S, 2027-02-01T10:00:00.500Z", "PT0S, 2027-01-31T10:00:00Z",
			"p1m, 2027-02-28T10:00:00Z", "P1Y2M3DT4H5M6S, 2028-04-03T14:05:06Z" })
	void advancesByPeriodsDurationsAndBoth(String advanceBy, String expected) {
		assertThat(ClockTargets.advance(JAN_31, advanceBy)).isEqualTo(Instant.parse(expected));
	}

	@Test
	void monthsAreCalendarMonthsInUtcNotThirtyDays() {
		Instant leap = Instant.parse("2028-01-31T23:30:00Z");
		assertThat(ClockTargets.advance(leap, "P1M")).isEqualTo(Instant.parse("2028-02-29T23:30:00Z"));
		assertThat(ClockTargets.advance(Instant.parse("2027-03-15T00:00:00Z"), "P1M"))
			.isEqualTo(Instant.parse("2027-04-15T00:00:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "P", "PT", "P1MT", "1M", "one month", "P1H", "PT1D", "P1.5M", "T1H" })
	void rejectsWhatIsNotIso8601(String advanceBy) {
		assertThatThrownBy(() -> ClockTargets.advance(JAN_31, advanceBy)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> {
					assertThat(ex.errors().get(0).code()).isEqualTo("INVALID_VALUE");
					assertThat(ex.errors().get(0).field()).isEqualTo("advance_by");
				});
	}

	@ParameterizedTest
	@ValueSource(strings = { "-P1D", "P-1M", "PT-1S", "P1MT-2H" })
	void neverAdvancesBackwards(String advanceBy) {
		assertThatThrownBy(() -> ClockTargets.advance(JAN_31, advanceBy)).isInstanceOfSatisfying(ApiException.class,
				(ex) -> assertThat(ex.errors().get(0).detail()).contains("backwards"));
	}

	@Test
	void refusesToGoPastYear9999() {
		assertThatThrownBy(() -> ClockTargets.advance(JAN_31, "P8000Y")).isInstanceOf(ApiException.class);
		assertThatThrownBy(() -> ClockTargets.setTo(JAN_31, "+10000-01-01T00:00:00Z")).isInstanceOf(ApiException.class);
	}

	@Test
	void setsToAnRfc3339InstantWithAnyOffset() {
		assertThat(ClockTargets.setTo(JAN_31, "2027-02-01T00:00:00Z")).isEqualTo(Instant.parse("2027-02-01T00:00:00Z"));
		assertThat(ClockTargets.setTo(JAN_31, "2027-02-01T02:00:00.123456+02:00"))
			.isEqualTo(Instant.parse("2027-02-01T00:00:00.123Z"));
		assertThat(ClockTargets.setTo(JAN_31, "2027-01-31T10:00:00Z")).isEqualTo(JAN_31);
	}

	@Test
	void setToInThePastIsBackwardsAndGarbageIsNotATime() {
		assertThatThrownBy(() -> ClockTargets.setTo(JAN_31, "2027-01-31T09:59:59.999Z"))
			.isInstanceOfSatisfying(ApiException.class, (ex) -> {
				assertThat(ex.errors().get(0).code()).isEqualTo("INVALID_VALUE");
				assertThat(ex.errors().get(0).field()).isEqualTo("set_to");
			});
		assertThatThrownBy(() -> ClockTargets.setTo(JAN_31, "2027-02-01"))
			.isInstanceOfSatisfying(ApiException.class,
					(ex) -> assertThat(ex.errors().get(0).code()).isEqualTo("INVALID_TIME"));
	}

}
