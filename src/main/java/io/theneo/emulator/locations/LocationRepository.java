package io.theneo.emulator.locations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface LocationRepository extends JpaRepository<Location, String> {

	List<Location> findByAccountIdOrderByCreatedAtAscIdAsc(long accountId);

	Optional<Location> findByAccountIdAndId(long accountId, String id);

	@Modifying
	@Query("delete from Location l where l.accountId = ?1")
	int deleteByAccountId(long accountId);

}
