/** Test support (API.md §12): sandbox accounts, reset, request journal, clocks, injected faults, rate limits. */
package io.theneo.emulator.sandbox;
