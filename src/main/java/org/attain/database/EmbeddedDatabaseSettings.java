package org.attain.database;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Where and how the embedded database runs: {@code attain.data-dir}, {@code attain.data-dir-temporary},
 * {@code attain.database.startup-timeout} and {@code attain.database.join-running} (a command beside a running
 * dashboard uses its database).
 */
record EmbeddedDatabaseSettings(Path dataDir, boolean temporary, Duration startupTimeout, boolean joinRunning) {

    /** Without {@code spring.datasource.url} Attain runs its own database. */
    static boolean applies(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    static EmbeddedDatabaseSettings from(Environment environment) {
        Binder binder = Binder.get(environment);
        return new EmbeddedDatabaseSettings(
                Path.of(environment.getProperty("attain.data-dir", "./data")),
                binder.bind("attain.data-dir-temporary", Boolean.class).orElse(false),
                binder.bind("attain.database.startup-timeout", Duration.class)
                        .orElse(EmbeddedMariaDb.DEFAULT_STARTUP_TIMEOUT),
                binder.bind("attain.database.join-running", Boolean.class).orElse(false));
    }

    /** The running dashboard's database when asked to join one and one runs, otherwise a server of its own. */
    EmbeddedMariaDb open() {
        if (joinRunning) {
            var running = EmbeddedMariaDb.joinRunning(dataDir);
            if (running.isPresent()) {
                return running.get();
            }
        }
        return EmbeddedMariaDb.start(dataDir, temporary, startupTimeout);
    }
}
