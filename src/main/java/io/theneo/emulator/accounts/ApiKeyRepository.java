package io.theneo.emulator.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByClientId(String clientId);

}
