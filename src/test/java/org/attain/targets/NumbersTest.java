package org.attain.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers are read whole or refused; never the first run of digits out of a longer text. */
class NumbersTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            52                 | 52
            51.66              | 51.66
            -2.5               | -2.5
            +3                 | 3
            1,234,567.5        | 1234567.5
            ５２．５            | 52.5
            007                | 7
            0.000000           | 0
            99999999999999.9999| 99999999999999.9999
            ' 52 '             | 52
            """)
    void a_number_written_whole_is_read_as_written(String text, String value) {
        assertThat(Numbers.parse(text, Numbers.Limit.MONEY, true)).isEqualByComparingTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1e309                   | NOT_A_NUMBER
            1E5                     | NOT_A_NUMBER
            12abc                   | NOT_A_NUMBER
            abc12                   | NOT_A_NUMBER
            8.5.1                   | NOT_A_NUMBER
            1,2                     | NOT_A_NUMBER
            12,34,567               | NOT_A_NUMBER
            1 000                   | NOT_A_NUMBER
            .5                      | NOT_A_NUMBER
            5.                      | NOT_A_NUMBER
            --5                     | NOT_A_NUMBER
            NaN                     | NOT_A_NUMBER
            Infinity                | NOT_A_NUMBER
            ''                      | NOT_A_NUMBER
            -8                      | NEGATIVE
            123456789012345         | TOO_LARGE
            0.00001                 | TOO_PRECISE
            """)
    void anything_else_is_refused_with_its_reason(String text, Numbers.Refusal reason) {
        assertThatThrownBy(() -> Numbers.parse(text, Numbers.Limit.MONEY, false))
                .isInstanceOfSatisfying(Numbers.Refused.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.text()).isEqualTo(text);
                });
    }

    @Test
    void a_megabyte_of_digits_is_refused_as_too_large_without_building_the_number() {
        String digits = "9".repeat(1_000_000);
        assertThatThrownBy(() -> Numbers.parse(digits, Numbers.Limit.VALUE, false))
                .isInstanceOfSatisfying(
                        Numbers.Refused.class, e -> assertThat(e.reason()).isEqualTo(Numbers.Refusal.TOO_LARGE));
        assertThatThrownBy(() -> Numbers.parse("0." + digits, Numbers.Limit.VALUE, false))
                .isInstanceOfSatisfying(
                        Numbers.Refused.class, e -> assertThat(e.reason()).isEqualTo(Numbers.Refusal.TOO_PRECISE));
    }

    @Test
    void the_limits_are_the_columns_decimal_precisions() {
        assertThat(Numbers.Limit.MONEY.check(new BigDecimal("99999999999999.9999")))
                .isNull();
        assertThat(Numbers.Limit.MONEY.check(new BigDecimal("100000000000000"))).isEqualTo(Numbers.Refusal.TOO_LARGE);
        assertThat(Numbers.Limit.VALUE.check(new BigDecimal("0.000001"))).isNull();
        assertThat(Numbers.Limit.VALUE.check(new BigDecimal("0.0000001"))).isEqualTo(Numbers.Refusal.TOO_PRECISE);
        assertThat(Numbers.Limit.VALUE.check(new BigDecimal("1E+20"))).isEqualTo(Numbers.Refusal.TOO_LARGE);
        assertThat(Numbers.Limit.VALUE.check(new BigDecimal("5.000000000"))).isNull();
    }

    @ParameterizedTest(name = "target {0} is not read as a number")
    @CsvSource({"1e309人", "1.5.3人", "'1,2人'", "5E+3%"})
    void the_target_parser_takes_the_number_whole_or_not_at_all(String text) {
        Target t = TargetParser.parse(text, "数量指标");
        assertThat(t.isQualitative()).isTrue();
        assertThat(t.value()).isNull();
        assertThat(t.warning()).isNotNull();
        assertThat(TargetParser.looksLikeTarget(text)).isFalse();
    }
}
