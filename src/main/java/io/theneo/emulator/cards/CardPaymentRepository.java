package io.theneo.emulator.cards;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CardPaymentRepository extends JpaRepository<CardPayment, String> {

	List<CardPayment> findByAccountIdAndCardIdOrderByCreatedAtAsc(long accountId, String cardId);

	@Modifying
	@Query("delete from CardPayment p where p.accountId = ?1")
	int deleteByAccountId(long accountId);

}
