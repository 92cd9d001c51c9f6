package org.attain.startup;

import ch.qos.logback.classic.LoggerContext;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Reports an analysed start-up failure on the console in one line, what happened and what to do, followed by where
 * the full report is when there is more to it; the stack trace goes to the log file only (see logback-spring.xml:
 * the logger {@value #LOGGER} prints its message alone on the console, and Spring Boot's own report goes to the file).
 */
public class StartupFailureReporter implements FailureAnalysisReporter {

    static final String LOGGER = "org.attain.startup.StartupFailure";
    private static final Logger log = LoggerFactory.getLogger(LOGGER);

    @Override
    public void report(FailureAnalysis analysis) {
        String action = analysis.getAction();
        String line = "Attain did not start: " + analysis.getDescription().strip()
                + (action == null || action.isBlank() ? "" : " " + action.strip());
        Throwable cause = analysis.getCause();
        String logFile = logFile();
        if (logFile != null
                && !LogFileTrouble.seen()
                && !(cause instanceof StartupException)
                && !(cause instanceof PortInUseException)) {
            line += System.lineSeparator() + "The full report is in " + logFile + ".";
        }
        log.error(line, cause);
    }

    /** The log file, as logback-spring.xml names it, or null when there is none. */
    static @Nullable String logFile() {
        return LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                ? context.getProperty(ExceptionSummaryConverter.LOG_FILE_PROPERTY)
                : null;
    }
}
