package io.theneo.emulator.customers;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerGroupRepository extends JpaRepository<CustomerGroup, String> {

	@Query("select g from CustomerGroup g where g.accountId = ?1 and g.id = ?2")
	Optional<CustomerGroup> find(long accountId, String id);

	/**
	 * The page after {@code (createdAt, id)}; the first page starts after {@code (Cursors.EARLIEST, "")}. The redundant
	 * {@code createdAt >= ?2} lets the index seek to the cursor instead of filtering from the start, and makes H2 take
	 * this index at all (see {@code Cursors.EARLIEST}).
	 */
	@Query("select g from CustomerGroup g where g.accountId = ?1 and g.createdAt >= ?2"
			+ " and (g.createdAt > ?2 or (g.createdAt = ?2 and g.id > ?3)) order by g.accountId, g.createdAt, g.id")
	List<CustomerGroup> pageAfter(long accountId, Instant createdAt, String id, Limit limit);

	@Modifying
	@Query("delete from CustomerGroup g where g.accountId = ?1")
	int deleteByAccountId(long accountId);

}
