package io.theneo.emulator.subscriptions;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionEventRepository extends JpaRepository<SubscriptionEvent, Long> {

	/** A page of the history, oldest first, after the event numbered {@code afterSeq}. */
	List<SubscriptionEvent> findBySubscriptionIdAndSeqGreaterThanOrderBySeqAsc(String subscriptionId, long afterSeq,
			Limit limit);

	@Modifying
	@Query("delete from SubscriptionEvent e where e.accountId = ?1")
	int deleteByAccountId(long accountId);

}
