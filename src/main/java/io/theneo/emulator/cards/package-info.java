/** Cards on file: test card numbers and nonces, stored without their numbers, and the charges made to them. */
package io.theneo.emulator.cards;
