package io.theneo.emulator.customers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GroupMembershipRepository extends JpaRepository<GroupMembership, GroupMembership.Key> {

	/**
	 * (customer id, group id) pairs of the given customers, in group id order. Native SQL with one array parameter
	 * ({@code = ANY(?)}, which H2 and PostgreSQL both answer from the primary key): Hibernate translates a JPQL query
	 * with a list parameter anew on every call. Read-only callers only: unlike JPQL, it flushes the whole session.
	 */
	@Query(nativeQuery = true, value = "SELECT customer_id, group_id FROM customer_group_member"
			+ " WHERE customer_id = ANY(?1) ORDER BY group_id")
	List<Object[]> findPairs(String[] customerIds);

	/** The group ids of one customer, in id order: a JPQL query without a list parameter, whose plan is cached. */
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
