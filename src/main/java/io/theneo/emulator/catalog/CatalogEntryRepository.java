package io.theneo.emulator.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CatalogEntryRepository extends JpaRepository<CatalogEntry, String> {

	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.id = ?2 and e.deleted = false")
	Optional<CatalogEntry> findLive(long accountId, String id);

	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.id in ?2 and e.deleted = false")
	List<CatalogEntry> findLive(long accountId, Collection<String> ids);

	@Query("select e from CatalogEntry e where e.accountId = ?1 and e.type = ?2 and e.id in ?3 and e.deleted = false")
	List<CatalogEntry> findLive(long accountId, CatalogObjectType type, Collection<String> ids);

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
