package io.theneo.emulator.customers;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupMembershipRepository extends JpaRepository<GroupMembership, GroupMembership.Key> {

	/** (customer id, group id) pairs of the given customers, in group id order. */
	@Query("select m.id.customerId, m.id.groupId from GroupMembership m where m.id.customerId in ?1"
			+ " order by m.id.groupId")
	List<Object[]> findPairs(Collection<String> customerIds);

	/**
	 * The group ids of one customer, in id order. Not {@link #findPairs} with one id: Hibernate translates a query with
	 * a list parameter anew on every call (about 8 % of the CPU of GET /v2/customers/{id}), one without is cached.
	 */
	@Query("select m.id.groupId from GroupMembership m where m.id.customerId = ?1 order by m.id.groupId")
	List<String> findGroupIds(String customerId);

	@Modifying
	@Query("delete from GroupMembership m where m.id.customerId = ?1")
	int deleteByCustomer(String customerId);

	@Modifying
	@Query("delete from GroupMembership m where m.id.groupId = ?1")
	int deleteByGroup(String groupId);

	@Modifying
	@Query("delete from GroupMembership m where m.accountId = ?1")
	int deleteByAccountId(long accountId);

}
