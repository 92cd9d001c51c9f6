package org.attain.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One server at a time does the start-up work that looks at the database and then writes to it (import the shipped
 * document into an empty database, create the first administrator or the demo users and data): several servers
 * started together would otherwise each find the database empty and each fill it. The others wait for the lock and
 * then find the work done. A lock whose holder died ends after {@code attain.cluster.startup-lock} (10 minutes).
 */
@Component
public class StartupLock {

    static final String NAME = "attain-startup";
    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final LockProvider locks;
    private final Duration holdAtMost;

    StartupLock(LockProvider locks, @Value("${attain.cluster.startup-lock:10m}") Duration holdAtMost) {
        this.locks = locks;
        this.holdAtMost = holdAtMost;
    }

    /** Runs {@code work} holding the start-up lock, waiting for another server's start-up work first. */
    public void run(String task, Runnable work) {
        SimpleLock lock = acquire(task);
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    private SimpleLock acquire(String task) {
        // a holder that died releases the lock after holdAtMost: waiting a little longer always gets it
        Instant deadline = Instant.now().plus(holdAtMost).plus(Duration.ofMinutes(1));
        boolean told = false;
        while (true) {
            Optional<SimpleLock> lock =
                    locks.lock(new LockConfiguration(Instant.now(), NAME, holdAtMost, Duration.ZERO));
            if (lock.isPresent()) {
                return lock.get();
            }
            if (!told) {
                log.info("Waiting for another Attain server to finish its start-up work before: {}", task);
                told = true;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Another Attain server has held the start-up lock for longer than "
                        + holdAtMost + "; not starting " + task);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the start-up lock", e);
            }
        }
    }
}
