package io.theneo.emulator.sandbox;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Registers a bean only while test support is on ({@code emulator.sandbox.enabled}, default true; the prod profile
 * turns it off): then the sandbox endpoints do not exist and the journal and fault filters cost nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnBooleanProperty(name = "emulator.sandbox.enabled", matchIfMissing = true)
@interface SandboxEnabled {

}
