package io.theneo.emulator.customers;

/**
 * Published inside the transaction that deletes a customer, so that features holding the customer's objects (cards on
 * file) change them in the same transaction: both commit or neither.
 */
public record CustomerDeleted(long accountId, String customerId) {
}
