package org.attain.startup;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.ErrorStatus;
import ch.qos.logback.core.status.InfoStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogFileTroubleTest {

    @Test
    void a_log_file_that_cannot_be_written_is_one_line_on_the_console_however_often_it_fails() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LogFileTrouble.OneLine listener =
                new LogFileTrouble.OneLine(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        IOException full = new IOException("No space left on device");

        listener.addStatusEvent(new InfoStatus("Will use the pattern", this));
        for (int i = 0; i < 20; i++) {
            listener.addStatusEvent(new ErrorStatus("IO failure while writing to file [attain.log]", this, full));
        }

        String console = bytes.toString(StandardCharsets.UTF_8);
        assertThat(console.lines())
                .containsExactly(
                        "Attain cannot write its log file (No space left on device); it goes on, logging to the console only.");
        assertThat(LogFileTrouble.seen()).isTrue();
    }

    @AfterEach
    void forget() {
        LogFileTrouble.forget();
    }
}
