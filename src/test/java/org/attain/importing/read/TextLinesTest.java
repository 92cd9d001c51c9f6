package org.attain.importing.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text's lines split without a regular expression are those the line-break pattern splits it into. */
class TextLinesTest {

    @Test
    void lines_are_those_of_the_line_break_pattern() {
        for (String text : List.of(
                "",
                "one line",
                "a\nb",
                "a\r\nb\rc\n",
                "\n\nfirst lines empty\n\n",
                "\r\r\n\n\r",
                "a\u2028b\u2029c",
                "ends with cr\r",
                "tabs\tand\tcells\r\n二\t三\n",
                "\u0085 is no break here")) {
            assertThat(TextReader.lines(text))
                    .as(text.replace("\r", "\\r").replace("\n", "\\n"))
                    .containsExactly(TextReader.LINE_BREAK.split(text, -1));
        }
    }
}
