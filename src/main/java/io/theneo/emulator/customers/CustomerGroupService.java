package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.theneo.emulator.accounts.AccountClock;
import io.theneo.emulator.web.ApiException;
import io.theneo.emulator.web.Cursors;
import io.theneo.emulator.web.ErrorCode;
import io.theneo.emulator.web.ErrorResponses;
import io.theneo.emulator.web.Ids;
import io.theneo.emulator.web.Violations;

/** Customer groups and who belongs to them. */
@Service
class CustomerGroupService {

	static final String KIND = "Customer group";

	private static final String CURSOR_QUERY = "customer-groups";

	private final CustomerGroupRepository groups;

	private final GroupMembershipRepository memberships;

	private final CustomerRepository customers;

	private final AccountClock clock;

	private final Cursors cursors;

	CustomerGroupService(CustomerGroupRepository groups, GroupMembershipRepository memberships,
			CustomerRepository customers, AccountClock clock, Cursors cursors) {
		this.groups = groups;
		this.memberships = memberships;
		this.customers = customers;
		this.clock = clock;
		this.cursors = cursors;
	}

	/** One page of groups, oldest first, and the cursor of the next page when there is one. */
	record GroupPage(List<GroupView> groups, String cursor) {
	}

	@Transactional
	public GroupView create(long accountId, GroupRequest request) {
		String name = checkedName(request, null);
		CustomerGroup group = new CustomerGroup(Ids.customerId(), accountId, name, this.clock.now(accountId));
		return GroupView.from(this.groups.saveAndFlush(group));
	}

	@Transactional(readOnly = true)
	public GroupPage list(long accountId, String cursor, String rawLimit) {
		Violations v = new Violations();
		int limit = Paging.limit(rawLimit, v);
		v.throwIfAny();
		List<CustomerGroup> rows;
		if (cursor == null || cursor.isEmpty()) {
			rows = this.groups.pageAfter(accountId, Cursors.EARLIEST, Cursors.LOWEST, Limit.of(limit + 1));
		}
		else {
			List<String> after = this.cursors.decode(cursor, accountId, CURSOR_QUERY);
			rows = this.groups.pageAfter(accountId, instant(after.get(0)), after.get(1), Limit.of(limit + 1));
		}
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			CustomerGroup last = rows.get(limit - 1);
			next = this.cursors.encode(accountId, CURSOR_QUERY, List.of(last.getCreatedAt().toString(), last.getId()));
		}
		return new GroupPage(rows.stream().map(GroupView::from).toList(), next);
	}

	@Transactional(readOnly = true)
	public GroupView get(long accountId, String groupId) {
		return GroupView.from(find(accountId, groupId));
	}

	@Transactional
	public GroupView update(long accountId, String groupId, GroupRequest request) {
		String name = checkedName(request, groupId);
		CustomerGroup group = find(accountId, groupId);
		group.rename(name, this.clock.now(accountId));
		return GroupView.from(this.groups.saveAndFlush(group));
	}

	/** Deletes the group and every membership in it; the customers themselves stay. */
	@Transactional
	public void delete(long accountId, String groupId) {
		CustomerGroup group = find(accountId, groupId);
		this.memberships.deleteByGroup(groupId);
		this.groups.delete(group);
	}

	/** Adds the customer to the group; adding a member again changes nothing. */
	@Transactional
	public void addCustomer(long accountId, String customerId, String groupId) {
		Customer customer = this.customers.lock(accountId, customerId)
			.orElseThrow(() -> ApiException.notFound(CustomerService.KIND, customerId));
		find(accountId, groupId);
		GroupMembership.Key key = new GroupMembership.Key(customerId, groupId);
		if (!this.memberships.existsById(key)) {
			this.memberships.save(new GroupMembership(accountId, customerId, groupId));
			customer.touch(this.clock.now(accountId));
		}
	}

	/** Removes the customer from the group; removing a non-member changes nothing. */
	@Transactional
	public void removeCustomer(long accountId, String customerId, String groupId) {
		Customer customer = this.customers.lock(accountId, customerId)
			.orElseThrow(() -> ApiException.notFound(CustomerService.KIND, customerId));
		find(accountId, groupId);
		GroupMembership.Key key = new GroupMembership.Key(customerId, groupId);
		if (this.memberships.existsById(key)) {
			this.memberships.deleteById(key);
			customer.touch(this.clock.now(accountId));
		}
	}

	private CustomerGroup find(long accountId, String groupId) {
		return this.groups.find(accountId, groupId).orElseThrow(() -> ApiException.notFound(KIND, groupId));
	}

	/** The new name, after checking the whole body; {@code pathId} is the group a rename names, null on create. */
	private static String checkedName(GroupRequest request, String pathId) {
		Violations v = new Violations();
		GroupRequest.GroupInput group = request != null ? request.group() : null;
		if (group == null) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `group` is required.", "group");
			v.throwIfAny();
		}
		if (group.id() != null && (pathId == null || !pathId.equals(group.id()))) {
			if (pathId == null) {
				v.addAll(ApiException.readOnly("group.id"));
			}
			else {
				v.add(ErrorCode.INVALID_VALUE, "Field `group.id` is `" + ErrorResponses.truncate(group.id())
						+ "` but the path names group `" + ErrorResponses.truncate(pathId) + "`.", "group.id");
			}
		}
		if (group.createdAt() != null) {
			v.addAll(ApiException.readOnly("group.created_at"));
		}
		if (group.updatedAt() != null) {
			v.addAll(ApiException.readOnly("group.updated_at"));
		}
		String name = group.name() != null ? group.name().strip() : "";
		if (name.isEmpty()) {
			v.add(ErrorCode.MISSING_REQUIRED_PARAMETER, "Field `group.name` is required.", "group.name");
		}
		else if (name.length() > CustomerGroup.MAX_NAME_LENGTH) {
			v.add(ErrorCode.VALUE_TOO_LONG, "Field `group.name` must be at most " + CustomerGroup.MAX_NAME_LENGTH
					+ " characters long; it is " + name.length() + ".", "group.name");
		}
		else if (name.indexOf('\u0000') >= 0) {
			v.add(ErrorCode.INVALID_VALUE, "Field `group.name` must not contain NUL characters.", "group.name");
		}
		v.throwIfAny();
		return name;
	}

	private static Instant instant(String value) {
		try {
			return Instant.parse(value);
		}
		catch (RuntimeException ex) {
			throw new ApiException(ErrorCode.INVALID_CURSOR, "The cursor is not valid for this request.", "cursor");
		}
	}

}
