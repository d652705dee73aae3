package io.theneo.emulator.customers;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CustomerRepository extends JpaRepository<Customer, String>, JpaSpecificationExecutor<Customer> {

	@Query("select c from Customer c where c.accountId = ?1 and c.id = ?2")
	Optional<Customer> find(long accountId, String id);

	/**
	 * The row locked until the transaction ends: concurrent changes of one customer queue up, so a change without a
	 * version never loses another's, and one that names a version sees the committed current one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.accountId = ?1 and c.id = ?2")
	Optional<Customer> lock(long accountId, String id);

	@Query("select c from Customer c where c.accountId = ?1 and c.referenceId = ?2")
	Optional<Customer> findByReference(long accountId, String referenceId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Customer c where c.accountId = ?1 and c.referenceId = ?2")
	Optional<Customer> lockByReference(long accountId, String referenceId);

	@Query("select count(c) > 0 from Customer c where c.accountId = ?1 and c.referenceId = ?2 and c.id <> ?3")
	boolean referenceTaken(long accountId, String referenceId, String exceptId);

	@Modifying
	@Query("delete from Customer c where c.accountId = ?1")
	int deleteByAccountId(long accountId);

}
