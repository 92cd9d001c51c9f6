package org.attain.security;

import org.attain.cluster.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * No default password: without any user, the first administrator ({@code admin}) is created from
 * {@code ATTAIN_ADMIN_PASSWORD}, or else a one-time setup token is printed and the setup page asks for it. Either
 * password must pass the {@link PasswordPolicy}; a refused {@code ATTAIN_ADMIN_PASSWORD} creates nobody and falls
 * back to the setup token. Several servers started together take turns ({@link StartupLock}); each that finds no user
 * prints a token of its own, and any of them works on every server ({@link SetupTokens}).
 */
@Component
@Profile("!cli")
@Order(50)
public class FirstAdmin implements ApplicationRunner {

    public static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final SetupTokens tokens;
    private final StartupLock startup;
    private final String adminPassword;
    private volatile boolean usersExist;

    FirstAdmin(
            UserService users,
            SetupTokens tokens,
            StartupLock startup,
            @Value("${attain.admin-password:${ATTAIN_ADMIN_PASSWORD:}}") String adminPassword) {
        this.users = users;
        this.tokens = tokens;
        this.startup = startup;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        startup.run("the first administrator", this::createOrInvite);
    }

    private void createOrInvite() {
        if (users.count() > 0) {
            return;
        }
        if (!adminPassword.isBlank()) {
            try {
                SystemIdentity.run(() -> users.createUnchecked(ADMIN, "管理员", Role.ADMIN, adminPassword));
                log.info("Created the first administrator '{}' from ATTAIN_ADMIN_PASSWORD", ADMIN);
                return;
            } catch (AccountRefusal refused) {
                log.error(
                        "ATTAIN_ADMIN_PASSWORD is refused ({}); no administrator was created: use the setup token"
                                + " below, or start again with a better password",
                        refused.getMessage());
            }
        }
        String setupToken = tokens.issue();
        log.warn("""

                ================================================================================
                 Attain has no users yet. Open /setup and enter this one-time setup token to
                 create the administrator '{}':   {}
                 (or start with ATTAIN_ADMIN_PASSWORD=... to create it directly)
                ================================================================================""", ADMIN, setupToken);
    }

    /**
     * Whether a setup token waits to be used: no user yet and a token printed (by any server). Once users exist it
     * stays false without asking the database again, so that the login page opens also while the database is away.
     */
    public boolean setupPending() {
        if (usersExist) {
            return false;
        }
        try {
            usersExist = users.count() > 0;
            return !usersExist && tokens.anyIssued();
        } catch (DataAccessException e) {
            return false; // the login page says the database is away when a sign-in fails
        }
    }

    /**
     * Creates the first administrator with a printed token (printed by any server); works once. The password follows
     * the policy.
     */
    public void completeSetup(String token, String password) {
        if (users.count() > 0
                || !tokens.redeem(
                        token,
                        () -> SystemIdentity.run(() -> users.createUnchecked(ADMIN, "管理员", Role.ADMIN, password)))) {
            throw new AccountRefusal("setup.refused.token");
        }
        log.info("Created the first administrator '{}' with the setup token", ADMIN);
    }
}
