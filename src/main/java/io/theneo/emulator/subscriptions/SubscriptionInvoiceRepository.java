package io.theneo.emulator.subscriptions;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionInvoiceRepository extends JpaRepository<SubscriptionInvoice, String> {

	/** Newest period first, as the wire lists invoice ids. */
	List<SubscriptionInvoice> findBySubscriptionIdInOrderByPeriodStartDesc(Collection<String> subscriptionIds);

	List<SubscriptionInvoice> findBySubscriptionIdOrderByPeriodStartAsc(String subscriptionId);

	/** One subscription's: a query without a list parameter, whose plan Hibernate caches. */
	List<SubscriptionInvoice> findBySubscriptionIdOrderByPeriodStartDesc(String subscriptionId);

	@Modifying
	@Query("delete from SubscriptionInvoice i where i.accountId = ?1")
	int deleteByAccountId(long accountId);

}
