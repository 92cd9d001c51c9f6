package org.attain.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password: without any user, the first administrator ({@code admin}) is created from
 * {@code ATTAIN_ADMIN_PASSWORD}, or else a one-time setup token is printed and the setup page asks for it. Either
 * password must pass the {@link PasswordPolicy}; a refused {@code ATTAIN_ADMIN_PASSWORD} creates nobody and falls
 * back to the setup token.
 */
@Component
@Profile("!cli")
@Order(50)
public class FirstAdmin implements ApplicationRunner {

    public static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final String adminPassword;
    private volatile String setupToken;

    FirstAdmin(UserService users, @Value("${attain.admin-password:${ATTAIN_ADMIN_PASSWORD:}}") String adminPassword) {
        this.users = users;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (!adminPassword.isBlank()) {
            try {
                users.createUnchecked(ADMIN, "管理员", Role.ADMIN, adminPassword);
                log.info("Created the first administrator '{}' from ATTAIN_ADMIN_PASSWORD", ADMIN);
                return;
            } catch (AccountRefusal refused) {
                log.error("ATTAIN_ADMIN_PASSWORD is refused ({}); no administrator was created: use the setup token"
                        + " below, or start again with a better password", refused.getMessage());
            }
        }
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        setupToken = HexFormat.of().formatHex(bytes);
        log.warn("""

                ================================================================================
                 Attain has no users yet. Open /setup and enter this one-time setup token to
                 create the administrator '{}':   {}
                 (or start with ATTAIN_ADMIN_PASSWORD=... to create it directly)
                ================================================================================""", ADMIN, setupToken);
    }

    public boolean setupPending() {
        return setupToken != null && users.count() == 0;
    }

    /** Creates the first administrator with the printed token; works once. The password follows the policy. */
    public synchronized void completeSetup(String token, String password) {
        if (!setupPending() || !java.security.MessageDigest.isEqual(setupToken.getBytes(), token.strip().getBytes())) {
            throw new AccountRefusal("setup.refused.token");
        }
        users.createUnchecked(ADMIN, "管理员", Role.ADMIN, password);
        setupToken = null;
        log.info("Created the first administrator '{}' with the setup token", ADMIN);
    }
}
