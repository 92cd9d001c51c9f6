package org.attain;

import org.attain.security.SystemIdentity;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolder.clearContext();
    }
}
