package org.attain.startup;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * The console's view of an exception in a log line: its root cause in one line and where the stack trace is (the log
 * file), instead of the stack trace itself. Used by logback-spring.xml as {@code %exSummary}.
 */
public class ExceptionSummaryConverter extends ThrowableHandlingConverter {

    /** The logback property that names the log file. */
    public static final String LOG_FILE_PROPERTY = "ATTAIN_LOG_FILE";

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        IThrowableProxy root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String file = getContext() == null ? null : getContext().getProperty(LOG_FILE_PROPERTY);
        String message = root.getMessage() == null
                ? ""
                : ": " + root.getMessage().lines().findFirst().orElse("");
        return "  " + root.getClassName() + message
                + (file == null || LogFileTrouble.seen() ? "" : " (the stack trace is in " + file + ")")
                + CoreConstants.LINE_SEPARATOR;
    }
}
