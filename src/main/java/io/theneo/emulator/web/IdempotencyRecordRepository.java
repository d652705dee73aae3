package io.theneo.emulator.web;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

	@Query("select r from IdempotencyRecord r where r.accountId = ?1 and r.httpMethod = ?2 and r.pathTemplate = ?3 and r.idemKey = ?4")
	Optional<IdempotencyRecord> find(long accountId, String method, String pathTemplate, String key);

	@Modifying
	@Query("delete from IdempotencyRecord r where r.id = ?1 and r.completed = false")
	int release(long id);

	@Modifying
	@Query("delete from IdempotencyRecord r where r.createdAt < ?1")
	int deleteOlderThan(Instant cutoff);

	@Modifying
	@Query("delete from IdempotencyRecord r where r.accountId = ?1")
	int deleteByAccountId(long accountId);

}
