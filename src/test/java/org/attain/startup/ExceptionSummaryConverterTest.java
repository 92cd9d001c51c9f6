package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ExceptionSummaryConverterTest {

    private String convert(Throwable thrown) {
        LoggerContext context = new LoggerContext();
        context.putProperty(ExceptionSummaryConverter.LOG_FILE_PROPERTY, "data/logs/attain.log");
        ExceptionSummaryConverter converter = new ExceptionSummaryConverter();
        converter.setContext(context);
        converter.start();
        return converter.convert(
                new LoggingEvent("test", context.getLogger("test"), Level.ERROR, "failed", thrown, null));
    }

    @Test
    void the_console_shows_the_root_cause_in_one_line_and_where_the_stack_trace_is() {
        String line = convert(
                new IllegalStateException("Failed to execute", new SQLException("Connection is closed\nsecond line")));
        assertThat(line)
                .isEqualTo("  java.sql.SQLException: Connection is closed (the stack trace is in"
                        + " data/logs/attain.log)" + System.lineSeparator());
    }

    @Test
    void a_line_without_an_exception_gets_nothing() {
        assertThat(convert(null)).isEmpty();
    }
}
