package io.theneo.emulator.subscriptions;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionActionRepository extends JpaRepository<SubscriptionAction, String> {

	@Modifying
	@Query("delete from SubscriptionAction a where a.accountId = ?1")
	int deleteByAccountId(long accountId);

}
