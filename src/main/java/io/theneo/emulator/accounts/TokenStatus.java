package io.theneo.emulator.accounts;

import java.time.Instant;

record TokenStatus(String scope, Instant expiresAt, String merchantId, String clientId, Instant issuedAt) {
}
