package org.attain.database;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * The embedded database starting on a thread of its own ({@link EarlyDatabaseStart}) until the application takes it.
 * One that is never taken (the application failed to start first) is stopped with the application's beans.
 */
final class StartingDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StartingDatabase.class);

    private final CompletableFuture<EmbeddedMariaDb> start = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private StartingDatabase() {}

    static StartingDatabase begin(EmbeddedDatabaseSettings settings) {
        StartingDatabase starting = new StartingDatabase();
        Thread thread = new Thread(
                () -> {
                    try {
                        starting.start.complete(settings.open());
                    } catch (Throwable e) {
                        starting.start.completeExceptionally(e);
                    }
                },
                "embedded-mariadb-start");
        thread.setDaemon(true);
        thread.start();
        return starting;
    }

    /** Waits for the start and hands the database over; a start that failed throws what it failed with. */
    EmbeddedMariaDb take() {
        taken.set(true);
        long asked = System.nanoTime();
        try {
            EmbeddedMariaDb db = start.join();
            log.info(
                    "The application took the embedded database started beside it (waited {} ms)",
                    (System.nanoTime() - asked) / 1_000_000);
            return db;
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        if (taken.compareAndSet(false, true)) {
            start.thenAccept(EmbeddedMariaDb::close).exceptionally(e -> null).join();
        }
    }
}
