/** Locations of an account: the first resource, referenced by orders and subscriptions. */
package io.theneo.emulator.locations;
