/** Application-wide configuration: the OpenAPI document and Swagger UI's Authorize flow. */
package io.theneo.emulator.config;
