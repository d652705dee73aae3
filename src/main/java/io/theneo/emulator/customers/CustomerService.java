package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.customers.CustomerChanges.Attribute;
import io.theneo.emulator.customers.CustomerChanges.Mode;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/** Creates, reads, changes and deletes customer profiles of an account. */
@Service
class CustomerService {

	static final String KIND = "Customer";

	static final String CREATED_THROUGH_API = "THIRD_PARTY";

	private final CustomerRepository customers;

	private final GroupMembershipRepository memberships;

	private final AccountClock clock;

	private final ApplicationEventPublisher events;

	CustomerService(CustomerRepository customers, GroupMembershipRepository memberships, AccountClock clock,
			ApplicationEventPublisher events) {
		this.customers = customers;
		this.memberships = memberships;
		this.clock = clock;
		this.events = events;
	}

	/** What an upsert did: 201 when it created the customer, 200 when it updated one. */
	record Upserted(boolean created, CustomerView customer) {
	}

	@Transactional
	public CustomerView create(long accountId, JsonNode body) {
		Violations v = new Violations();
		CustomerChanges changes = CustomerChanges.parse(body, Mode.CREATE, false, v);
		requireIdentity(changes, v);
		v.throwIfAny();
		return insert(accountId, changes);
	}

	@Transactional(readOnly = true)
	public CustomerView get(long accountId, String customerId) {
		Customer customer = this.customers.find(accountId, customerId)
			.orElseThrow(() -> ApiException.notFound(KIND, customerId));
		return view(customer);
	}

	@Transactional(readOnly = true)
	public CustomerView getByReference(long accountId, String referenceId) {
		checkReferencePath(referenceId);
		Customer customer = this.customers.findByReference(accountId, referenceId)
			.orElseThrow(() -> notFoundByReference(referenceId));
		return view(customer);
	}

	/** PUT (sparse update) or PATCH (merge patch): only what the body names changes. */
	@Transactional
	public CustomerView update(long accountId, String customerId, JsonNode body, Mode mode) {
		Violations v = new Violations();
		CustomerChanges changes = CustomerChanges.parse(body, mode, true, v);
		changes.customerId()
			.filter((repeated) -> !repeated.equals(customerId))
			.ifPresent((repeated) -> v.add(ErrorCode.INVALID_VALUE, "Field `customer_id` is `"
					+ ErrorResponses.truncate(repeated) + "` but the path names customer `"
					+ ErrorResponses.truncate(customerId) + "`; leave it out or repeat the path's id.", "customer_id"));
		v.throwIfAny();
		Customer customer = this.customers.lock(accountId, customerId)
			.orElseThrow(() -> ApiException.notFound(KIND, customerId));
		return change(customer, changes);
	}

	/** CRM sync (003 Upsert): update the customer with this reference id, or create one that has it. */
	@Transactional
	public Upserted upsert(long accountId, String referenceId, JsonNode body) {
		checkReferencePath(referenceId);
		Customer existing = this.customers.lockByReference(accountId, referenceId).orElse(null);
		Violations v = new Violations();
		CustomerChanges changes = CustomerChanges.parse(body, existing != null ? Mode.UPDATE : Mode.CREATE, false, v);
		if (changes.names(Attribute.REFERENCE_ID) && !referenceId.equals(changes.value(Attribute.REFERENCE_ID))) {
			v.add(ErrorCode.INVALID_VALUE, "Field `reference_id` must equal the reference id of the path, `"
					+ ErrorResponses.truncate(referenceId) + "`, or be left out.", "reference_id");
		}
		if (existing != null) {
			v.throwIfAny();
			return new Upserted(false, change(existing, changes));
		}
		requireIdentity(changes, v);
		v.throwIfAny();
		changes.set(Attribute.REFERENCE_ID, referenceId);
		return new Upserted(true, insert(accountId, changes));
	}

	@Transactional
	public void delete(long accountId, String customerId, Long version) {
		Customer customer = this.customers.lock(accountId, customerId)
			.orElseThrow(() -> ApiException.notFound(KIND, customerId));
		if (version != null && version != customer.getVersion()) {
			throw ApiException.versionMismatch(version, customer.getVersion(), "customer", customerId, "version");
		}
		this.memberships.deleteByCustomer(customerId);
		this.customers.delete(customer);
		this.customers.flush();
		this.events.publishEvent(new CustomerDeleted(accountId, customerId));
	}

	/** The profile with its group ids, for a page of customers at once. */
	List<CustomerView> views(Collection<Customer> page) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<String, List<String>> groups = new LinkedHashMap<>();
		for (Object[] pair : this.memberships.findPairs(page.stream().map(Customer::getId).toArray(String[]::new))) {
			groups.computeIfAbsent((String) pair[0], (k) -> new ArrayList<>()).add((String) pair[1]);
		}
		return page.stream().map((c) -> CustomerView.from(c, groups.getOrDefault(c.getId(), List.of()))).toList();
	}

	CustomerView view(Customer customer) {
		return CustomerView.from(customer, this.memberships.findGroupIds(customer.getId()));
	}

	private CustomerView insert(long accountId, CustomerChanges changes) {
		Customer customer = Customer.create(Ids.customerId(), accountId, CREATED_THROUGH_API, changes,
				this.clock.now(accountId));
		checkReferenceFree(accountId, customer);
		return save(customer);
	}

	private CustomerView change(Customer customer, CustomerChanges changes) {
		long current = customer.getVersion();
		if (changes.version().isPresent() && changes.version().get() != current) {
			throw ApiException.versionMismatch(changes.version().get(), current, "customer", customer.getId(),
					"version");
		}
		Instant now = this.clock.now(customer.getAccountId());
		customer.apply(changes, now);
		if (!customer.hasIdentity()) {
			throw new ApiException(ErrorCode.MISSING_REQUIRED_PARAMETER, "The change would leave the customer without"
					+ " given_name, family_name, company_name, email_address and phone_number; keep at least one.");
		}
		if (changes.names(Attribute.REFERENCE_ID)) {
			checkReferenceFree(customer.getAccountId(), customer);
		}
		return save(customer);
	}

	/** Flushes now, so that the response carries the new version and a reference id clash is reported as such. */
	private CustomerView save(Customer customer) {
		try {
			return view(this.customers.saveAndFlush(customer));
		}
		catch (DataIntegrityViolationException raced) {
			throw referenceTaken(customer.getReferenceId());
		}
	}

	private void checkReferenceFree(long accountId, Customer customer) {
		String referenceId = customer.getReferenceId();
		if (referenceId != null && this.customers.referenceTaken(accountId, referenceId, customer.getId())) {
			throw referenceTaken(referenceId);
		}
	}

	private static ApiException referenceTaken(String referenceId) {
		return new ApiException(ErrorCode.CONFLICT, "The reference id `" + ErrorResponses.truncate(referenceId)
				+ "` is already used by another customer of this account.", "reference_id");
	}

	private static ApiException notFoundByReference(String referenceId) {
		return new ApiException(ErrorCode.NOT_FOUND,
				"Customer with reference ID `" + ErrorResponses.truncate(referenceId) + "` not found.");
	}

	private static void checkReferencePath(String referenceId) {
		if (referenceId.length() > Attribute.REFERENCE_ID.maxLength) {
			throw new ApiException(ErrorCode.VALUE_TOO_LONG,
					"The reference id must be at most " + Attribute.REFERENCE_ID.maxLength + " characters long.",
					"reference_id");
		}
		if (referenceId.isBlank() || !Objects.equals(referenceId, referenceId.strip())) {
			throw ApiException.invalid("The reference id must not be blank or start or end with white space.",
					"reference_id");
		}
	}

	private static void requireIdentity(CustomerChanges changes, Violations v) {
		if (!changes.gives(Customer.IDENTITY)) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "At least one of given_name, family_name, company_name,"
					+ " email_address or phone_number is required.", null);
		}
	}

}
