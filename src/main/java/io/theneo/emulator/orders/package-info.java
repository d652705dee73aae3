/** Orders: create, retrieve, update, search, calculate, clone and pay orders whose money the pricing engine computes. */
package io.theneo.emulator.orders;
