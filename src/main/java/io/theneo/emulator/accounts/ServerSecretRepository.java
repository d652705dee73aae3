package io.theneo.emulator.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServerSecretRepository extends JpaRepository<ServerSecret, String> {

}
