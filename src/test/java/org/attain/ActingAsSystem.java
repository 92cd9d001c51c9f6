package org.attain;

import java.util.List;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Service tests act as the explicit system identity, as start-up work does, unless the test signs someone in
 * (view tests do in their own {@code @BeforeEach}, which runs after this).
 */
public class ActingAsSystem implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        SystemIdentity.enter();
    }

    /** Signs a user in with one role, as a web request would be, until the test ends. */
    public static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
