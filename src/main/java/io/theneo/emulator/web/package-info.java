/** Cross-cutting web concerns: the error envelope, request ids, idempotency keys, cursors, body limits. */
package io.theneo.emulator.web;
