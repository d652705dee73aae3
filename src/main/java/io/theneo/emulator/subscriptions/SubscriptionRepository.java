package io.theneo.emulator.subscriptions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubscriptionRepository extends JpaRepository<Subscription, String> {

	Optional<Subscription> findByAccountIdAndId(long accountId, String id);

	/**
	 * The row locked for a change: billing and API changes of one subscription take turns, so a period is never billed
	 * twice and a scheduled action never applied twice.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Subscription s where s.accountId = ?1 and s.id = ?2")
	Optional<Subscription> lock(long accountId, String id);

	@Query("select s.id from Subscription s where s.accountId = ?1 and s.nextBillingAt <= ?2"
			+ " order by s.nextBillingAt, s.id")
	List<String> dueIds(long accountId, Instant upTo);

	/** Per account, the earliest instant something is due; the job compares it with that account's clock. */
	@Query("select s.accountId, min(s.nextBillingAt) from Subscription s where s.nextBillingAt is not null"
			+ " group by s.accountId")
	List<Object[]> earliestDuePerAccount();

	@Query("select s from Subscription s where s.accountId = ?1 and s.customerId = ?2 and s.status <> ?3")
	List<Subscription> findLive(long accountId, String customerId, SubscriptionStatus canceled);

	@Modifying
	@Query("delete from Subscription s where s.accountId = ?1")
	int deleteByAccountId(long accountId);

}
