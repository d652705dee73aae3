/**
 * Application-wide configuration: the OpenAPI document and Swagger UI's Authorize flow, the repositories, the H2 file's
 * compaction and identity cache (migration 9), and the fallback from Spring AOT mode when test support is off.
 */
package io.theneo.emulator.config;
