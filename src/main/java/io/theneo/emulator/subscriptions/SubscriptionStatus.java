package io.theneo.emulator.subscriptions;

/** Square's SubscriptionStatus. */
enum SubscriptionStatus {

	PENDING, ACTIVE, CANCELED, DEACTIVATED, PAUSED

}
