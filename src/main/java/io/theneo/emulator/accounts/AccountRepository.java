package io.theneo.emulator.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByMerchantId(String merchantId);

	@Query("select a.clockOffsetMillis from Account a where a.id = ?1")
	Optional<Long> findClockOffset(long accountId);

	@Modifying
	@Query("update Account a set a.clockOffsetMillis = ?2 where a.id = ?1 and a.clockOffsetMillis <= ?2")
	int moveClockForward(long accountId, long offsetMillis);

	@Modifying
	@Query("update Account a set a.clockOffsetMillis = 0 where a.id = ?1")
	int resetClock(long accountId);

}
