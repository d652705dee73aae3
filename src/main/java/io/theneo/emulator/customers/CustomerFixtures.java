package io.theneo.emulator.customers;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.FixtureLoader;
import io.theneo.emulator.accounts.Fixtures;
import io.theneo.emulator.customers.CustomerChanges.Mode;
import io.theneo.emulator.web.Violations;

/**
 * The demo customer of FIXTURES.md, who has an email address (subscriptions invoice it). The documents print only the
 * id; the rest is ours (README, "Demo data"): Amelia Earhart, as in the reference the demo was copied from, created in
 * the seller's Customer Directory.
 */
@Component
@Order(20)
class CustomerFixtures implements FixtureLoader {

	static final String DEMO_CUSTOMER = "CHFGVKYY8RSV93M5KCYTG4PN0G";

	private final CustomerRepository customers;

	private final GroupMembershipRepository memberships;

	private final CustomerGroupRepository groups;

	CustomerFixtures(CustomerRepository customers, GroupMembershipRepository memberships,
			CustomerGroupRepository groups) {
		this.customers = customers;
		this.memberships = memberships;
		this.groups = groups;
	}

	@Override
	@Transactional
	public void load(Fixtures f) {
		ObjectNode amelia = JsonNodeFactory.instance.objectNode()
			.put("given_name", "Amelia")
			.put("family_name", "Earhart")
			.put("email_address", "amelia.earhart@example.com")
			.put("phone_number", "+1-212-555-4240")
			.put("note", "Demo customer of the Theneo documents");
		amelia.putObject("address")
			.put("address_line_1", "500 Electric Ave")
			.put("address_line_2", "Suite 600")
			.put("locality", "New York")
			.put("administrative_district_level_1", "NY")
			.put("postal_code", "10003")
			.put("country", "US");
		Violations v = new Violations();
		CustomerChanges changes = CustomerChanges.parse(amelia, Mode.CREATE, false, v);
		v.throwIfAny();
		String id = f.id(DEMO_CUSTOMER);
		this.customers.save(Customer.create(id, f.accountId(), "DIRECTORY", changes, f.now()));
		f.record("customer_ids", id);
	}

	@Override
	@Transactional
	public void clear(long accountId) {
		this.memberships.deleteByAccountId(accountId);
		this.customers.deleteByAccountId(accountId);
		this.groups.deleteByAccountId(accountId);
	}

}
