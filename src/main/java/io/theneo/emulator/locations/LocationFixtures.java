package io.theneo.emulator.locations;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;

/** The four locations of FIXTURES.md. Values the documents do not print are ours (README, "Demo data"). */
@Component
@Order(10)
class LocationFixtures implements FixtureLoader {

	private final LocationRepository locations;

	LocationFixtures(LocationRepository locations) {
		this.locations = locations;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		add(f, 0, "057P5VYJ4A5X1", "Create order", "1600 Pennsylvania Ave", "Los Angeles", "CA", "90001");
		add(f, 1, "D7AVYMEAPJ3A3", "Retrieve order", "500 Electric Ave", "New York", "NY", "10003");
		add(f, 2, "MXVQSVNDGN3C8", "Update order", "1455 Market St", "San Francisco", "CA", "94103");
		add(f, 3, "S8GWD5R9QB376", "Subscriptions", "1 Infinite Loop", "Cupertino", "CA", "95014");
	}

	/** {@code position} orders the fixtures by creation time, as they are listed. */
	private void add(Fixtures f, int position, String documentedId, String name, String line1, String city, String state,
			String zip) {
		String id = f.id(documentedId);
		this.locations.save(new Location(id, f.accountId(), name, "America/Los_Angeles", line1, city, state, zip,
				f.now().plusMillis(position)));
		f.record("location_ids", id);
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.locations.deleteByAccountId(accountId);
	}

}
