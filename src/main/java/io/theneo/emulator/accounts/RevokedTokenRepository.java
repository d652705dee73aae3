package io.theneo.emulator.accounts;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface RevokedTokenRepository extends JpaRepository<RevokedToken, String> {

	@Modifying
	@Transactional
	@Query("delete from RevokedToken r where r.expiresAt < ?1")
	int deleteExpired(Instant now);

}
