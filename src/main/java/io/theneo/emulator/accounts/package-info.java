/** Accounts (merchants), API keys, OAuth2 client-credentials tokens, scopes, tenancy and each account's clock. */
package io.theneo.emulator.accounts;
