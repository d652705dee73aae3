package io.theneo.emulator.customers;

/** What other features (orders, subscriptions, cards) need to know of a customer. */
public record CustomerRef(String id, String emailAddress, String givenName, String familyName) {
}
