package io.theneo.emulator.orders;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OrderRepository extends JpaRepository<OrderRecord, String> {

	Optional<OrderRecord> findByAccountIdAndId(long accountId, String id);

	List<OrderRecord> findByAccountIdAndIdIn(long accountId, Collection<String> ids);

	@Modifying
	@Query("delete from OrderRecord o where o.accountId = ?1")
	int deleteByAccountId(long accountId);

}
