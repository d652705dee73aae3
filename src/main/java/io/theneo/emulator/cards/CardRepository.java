package io.theneo.emulator.cards;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CardRepository extends JpaRepository<Card, String> {

	Optional<Card> findByAccountIdAndId(long accountId, String id);

	/** Every enabled card of the customer becomes disabled (a deleted customer's cards can no longer pay). */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Card c set c.enabled = false, c.version = c.version + 1"
			+ " where c.accountId = ?1 and c.customerId = ?2 and c.enabled = true")
	int disableAllOf(long accountId, String customerId);

	@Modifying
	@Query("delete from Card c where c.accountId = ?1")
	int deleteByAccountId(long accountId);

}
