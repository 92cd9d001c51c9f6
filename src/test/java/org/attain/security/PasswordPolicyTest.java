package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.attain.security.PasswordPolicy.Refusal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The password rules by themselves: length, the shipped list of common passwords (any case), the user name. */
class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin    | 12345678          | TOO_SHORT
            admin    | 短密码             | TOO_SHORT
            admin    | 1234567890        | COMMON
            admin    | password123       | COMMON
            admin    | Password123       | COMMON
            admin    | QWERTYUIOP        | COMMON
            admin    | admin12345        | COMMON
            someone  | woaini1314        | COMMON
            someone  | 1qaz2wsx3edc      | COMMON
            owner2   | my-Owner2-secret  | CONTAINS_NAME
            leader   | LEADER.2025.spring | CONTAINS_NAME
            """)
    void weak_passwords_are_refused_with_the_reason(String user, String password, Refusal refusal) {
        assertThat(PasswordPolicy.check(user, password)).contains(refusal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            admin    | demo-password
            owner    | demo-password
            officer  | demo-password
            leader   | demo-password
            admin    | 桂花树下读书读到天亮了
            someone  | tram-velvet-Copper-41
            """)
    void good_passwords_pass(String user, String password) {
        assertThat(PasswordPolicy.check(user, password)).isEqualTo(Optional.empty());
    }
}
