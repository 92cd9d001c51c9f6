package org.attain.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a public service method: a signed-in user with one of these roles, or the explicit
 * {@link SystemIdentity} (start-up, a command without {@code --as}). Checked by Spring method security before the
 * method runs ({@link MethodSecurity}); anyone else, the anonymous first, gets an
 * {@link org.springframework.security.access.AccessDeniedException}.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresRole {

    Role[] value();
}
