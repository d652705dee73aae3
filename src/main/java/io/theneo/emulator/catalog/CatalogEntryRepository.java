package io.theneo.emulator.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface CatalogEntryRepository extends JpaRepository<CatalogEntry, String> {

	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.id = ?2 and e.deleted = false")
	Optional<CatalogEntry> findLive(long accountId, String id);

	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.id in ?2 and e.deleted = false")
	List<CatalogEntry> findLive(long accountId, Collection<String> ids);

	/**
	 * The live ones among {@code ids}, for the look-ups of every order create: native SQL with one array parameter
	 * ({@code id = ANY(?)}, answered from the primary key by H2 and PostgreSQL), because Hibernate translates a JPQL
	 * query with a list parameter anew on every call. It does not flush first: its callers read the catalog, they do
	 * not change it in the same transaction.
	 */
	@Query(nativeQuery = true, value = "SELECT * FROM catalog_object WHERE account_id = ?1 AND id = ANY(?2)"
			+ " AND is_deleted = FALSE")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	List<CatalogEntry> findLiveAmong(long accountId, String[] ids);

	/** The children of some items / modifier lists, deleted ones too (a deleted parent shows its deleted children). */
	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.parentId in ?2 order by e.ordinal, e.id")
	List<CatalogEntry> findChildren(long accountId, Collection<String> parentIds);

	@Query("select coalesce(max(e.ordinal), -1) from CatalogEntry e where e.accountId = ?1 and e.parentId = ?2")
	int maxOrdinal(long accountId, String parentId);

	/** Clears the persistence context too, so that a reset can insert the same fixture ids again in one transaction. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("delete from CatalogEntry e where e.accountId = ?1")
	int deleteByAccountId(long accountId);

}
