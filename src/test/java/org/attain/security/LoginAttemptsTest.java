package org.attain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The throttle with its counts in the database and a clock the test moves: names counted as the database compares
 * them, addresses. (That two servers count the same failures: {@code TwoServersTest}.)
 */
@AttainSpringTest
class LoginAttemptsTest {

    private static final Map<String, Long> ACCOUNTS = Map.of("owner2", 42L);
    private static final List<String> SPELLINGS = List.of("owner2", "Owner2", "OWNER2", "ownér2", "owner2 ", "ＯＷＮＥＲ２");

    @Autowired
    LoginFailures store;

    @Autowired
    JdbcClient jdbc;

    private final AtomicLong millis = new AtomicLong(1_750_000_000_000L);
    private LoginAttempts attempts;

    @BeforeEach
    void emptyStore() {
        jdbc.sql("DELETE FROM login_failure").update();
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        // as the database finds accounts: ignoring case, accents and trailing spaces
        attempts = new LoginAttempts(
                typed -> Optional.ofNullable(ACCOUNTS.get(LoginName.normalise(typed))),
                LoginAttempts.Limits.DEFAULT,
                clock,
                store);
    }

    private void later(Duration d) {
        millis.addAndGet(d.toMillis());
    }

    private LoginAttempts.Outcome fail(String name, String address) {
        return attempts.failed(attempts.key(name), address);
    }

    @Test
    void every_spelling_of_a_name_is_one_name() {
        assertThat(SPELLINGS).extracting(LoginName::normalise).containsOnly("owner2");
        assertThat(SPELLINGS).extracting(attempts::key).containsOnly("account:42");
        assertThat(List.of("Gäst", "GAST ", "gast")).extracting(attempts::key).containsOnly("name:gast");
        assertThat(attempts.key("someone-else")).isNotEqualTo(attempts.key("owner2"));
    }

    @Test
    void five_failures_under_five_spellings_block_the_name_under_every_spelling() {
        List<String> five = SPELLINGS.subList(1, 6);
        for (int i = 0; i < 4; i++) {
            assertThat(fail(five.get(i), "10.0.0." + i).nameBlocked()).isFalse();
        }
        assertThat(attempts.isBlocked("owner2")).isFalse();
        assertThat(fail(five.get(4), "10.0.0.4")).isEqualTo(new LoginAttempts.Outcome(true, false));
        assertThat(SPELLINGS).allMatch(attempts::isBlocked);
        assertThat(attempts.isBlocked(attempts.key("Owner2"), "10.9.9.9")).isTrue();
        assertThat(attempts.isBlocked("other")).isFalse();
    }

    @Test
    void a_block_ends_after_five_minutes_and_the_name_gets_five_new_tries() {
        for (int i = 0; i < 5; i++) {
            fail("OWNER2", "10.0.0.1");
        }
        later(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(attempts.isBlocked("owner2")).isTrue();
        later(Duration.ofSeconds(2));
        assertThat(attempts.isBlocked("owner2")).isFalse();
        for (int i = 0; i < 4; i++) {
            fail("owner2", "10.0.0.1");
        }
        assertThat(attempts.isBlocked("owner2")).isFalse();
        fail("owner2", "10.0.0.1");
        assertThat(attempts.isBlocked("owner2")).isTrue();
    }

    @Test
    void failures_are_forgotten_a_quarter_of_an_hour_after_the_last_one() {
        for (int i = 0; i < 4; i++) {
            fail("owner2", "10.0.0.1");
        }
        later(Duration.ofMinutes(16));
        fail("owner2", "10.0.0.1");
        assertThat(attempts.isBlocked("owner2")).isFalse();
    }

    @Test
    void a_success_clears_the_names_failures_but_never_the_addresss() {
        for (int i = 0; i < 4; i++) {
            fail("owner2", "10.0.0.1");
        }
        attempts.succeeded(attempts.key("OWNER2"));
        fail("owner2", "10.0.0.1");
        assertThat(attempts.isBlocked("owner2")).isFalse();
        for (int i = 0; i < 15; i++) {
            fail("guess" + i, "10.0.0.1");
        }
        assertThat(attempts.isBlocked(attempts.key("anyone"), "10.0.0.1")).isTrue();
    }

    @Test
    void twenty_failures_from_one_address_block_the_address_for_every_name() {
        for (int i = 0; i < 19; i++) {
            assertThat(fail("user" + i, "192.0.2.7").addressBlocked()).isFalse();
        }
        assertThat(fail("user19", "192.0.2.7")).isEqualTo(new LoginAttempts.Outcome(false, true));
        assertThat(attempts.isBlocked(attempts.key("owner2"), "192.0.2.7")).isTrue();
        assertThat(attempts.isBlocked(attempts.key("owner2"), "192.0.2.8")).isFalse();
        later(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(attempts.isBlocked(attempts.key("owner2"), "192.0.2.7")).isFalse();
    }

    @Test
    void forgotten_failures_are_removed_and_neither_a_name_nor_an_address_is_stored_as_typed() {
        fail("secret-typed-as-name", "198.51.100.1");
        assertThat(jdbc.sql(
                                "SELECT COUNT(*) FROM login_failure WHERE subject LIKE '%secret%' OR subject LIKE '%198.51%'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(attempts.forgetOld()).isZero();
        later(Duration.ofMinutes(14));
        fail("owner2", "198.51.100.2");
        later(Duration.ofMinutes(2));
        assertThat(attempts.forgetOld())
                .as("the first name and address, not the later ones")
                .isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
