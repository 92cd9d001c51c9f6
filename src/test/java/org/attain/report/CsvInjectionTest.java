package org.attain.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cell Excel or WPS would run as a formula is written as text (OWASP CSV injection); a plain number stays one. */
class CsvInjectionTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(delimiterString = " ⇒ ", quoteCharacter = '`', textBlock = """
            =cmd|' /C calc'!A0 ⇒ "'=cmd|' /C calc'!A0"
            +1+1 ⇒ "'+1+1"
            -2+3 ⇒ "'-2+3"
            @SUM(1) ⇒ "'@SUM(1)"
            =HYPERLINK("http://x") ⇒ "'=HYPERLINK(""http://x"")"
            `  =1+1` ⇒ "'  =1+1"
            ＝1+1 ⇒ "'＝1+1"
            -2.5人 ⇒ "'-2.5人"
            """)
    void a_formula_looking_cell_gets_a_quote_before_it_and_is_quoted(String value, String written) {
        assertThat(Csv.cell(value)).isEqualTo(written);
        assertThat(Csv.line(List.of("a", value, "b"))).isEqualTo("a," + written + ",b\r\n");
    }

    @ParameterizedTest(name = "[{0}] stays [{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            -2.5
            +3
            -12%
            0
            51.66
            春节后补充走访
            a=b
            """)
    void numbers_and_ordinary_text_are_written_as_they_are(String value) {
        assertThat(Csv.cell(value)).isEqualTo(value);
    }

    @ParameterizedTest(name = "a cell starting with a control character ({0})")
    @CsvSource({"9", "13", "10"})
    void a_cell_starting_with_tab_or_carriage_return_is_neutralised(int control) {
        String value = (char) control + "=1+1";
        assertThat(Csv.cell(value)).isEqualTo("\"'" + value + "\"");
    }

    @org.junit.jupiter.api.Test
    void separators_and_quotes_are_quoted_as_rfc_4180_says() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
