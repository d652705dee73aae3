/** Customers: profiles, their groups, list and search, and the look-up other features use (CustomerDirectory). */
package io.theneo.emulator.customers;
