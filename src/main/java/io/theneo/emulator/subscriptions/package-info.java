/** Subscriptions to catalog plans, billed period by period on the account's clock. */
package io.theneo.emulator.subscriptions;
