package io.theneo.emulator.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes a token must hold to call an endpoint. Checked before the handler runs (403 INSUFFICIENT_SCOPES, naming
 * the missing ones) and listed in the OpenAPI document.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RequiresScopes {

	String[] value();

}
