package io.theneo.emulator.customers;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers feature's answer to other features: does this customer exist in the account, and who is it. */
@Service
public class CustomerDirectory {

	private final CustomerRepository customers;

	CustomerDirectory(CustomerRepository customers) {
		this.customers = customers;
	}

	/** The account's customer of that id; empty for an unknown id or one of another account. */
	@Transactional(readOnly = true)
	public Optional<CustomerRef> find(long accountId, String customerId) {
		if (customerId == null) {
			return Optional.empty();
		}
		return this.customers.find(accountId, customerId)
			.map((c) -> new CustomerRef(c.getId(), c.getEmailAddress(), c.getGivenName(), c.getFamilyName()));
	}

}
