package org.attain.startup;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * When the log file cannot be written (a full disk, a disk gone read-only), the console gets one line saying so, not
 * logback's own report of every failed write with its stack trace (Spring Boot prints those of its status messages):
 * the console keeps its log lines, and a start-up failure stays the one or two lines it is meant to be.
 */
public class LogFileTrouble implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private static final AtomicBoolean SEEN = new AtomicBoolean();

    /** Whether logback failed to write the log file since this JVM started (a report there would not be found). */
    static boolean seen() {
        return SEEN.get();
    }

    /** For tests: as if the log file had never failed. */
    static void forget() {
        SEEN.set(false);
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (event.getEnvironment().matchesProfiles("test")
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        StatusManager statuses = context.getStatusManager();
        for (StatusListener listener : statuses.getCopyOfStatusListenerList()) {
            if (listener instanceof OnConsoleStatusListener) {
                statuses.remove(listener);
            }
        }
        statuses.add(new OneLine(System.err));
    }

    /** After Spring Boot's logging listener (+20) has configured logback and added its console status listener. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 21;
    }

    /** Prints the first error logback reports, as one line; later ones only go where logging still works. */
    static final class OneLine implements StatusListener {

        private final PrintStream out;
        private final AtomicBoolean told = new AtomicBoolean();

        OneLine(PrintStream out) {
            this.out = out;
        }

        @Override
        public void addStatusEvent(Status status) {
            if (status.getLevel() == Status.ERROR) {
                SEEN.set(true);
            }
            if (status.getLevel() == Status.ERROR && told.compareAndSet(false, true)) {
                out.println(line(status));
            }
        }

        @Override
        public boolean isResetResistant() {
            return true;
        }

        static String line(Status status) {
            Throwable cause = root(status.getThrowable());
            String why = cause == null || cause.getMessage() == null ? status.getMessage() : cause.getMessage();
            return "Attain cannot write its log file (" + why + "); it goes on, logging to the console only.";
        }

        private static @Nullable Throwable root(@Nullable Throwable t) {
            Throwable r = t;
            while (r != null && r.getCause() != null && r.getCause() != r) {
                r = r.getCause();
            }
            return r;
        }
    }
}
