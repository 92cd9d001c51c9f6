package org.attain.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.attain.security.LoginFailures.Failures;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Login throttling. A user name is counted as the database compares it — the account it names when there is one,
 * otherwise its {@linkplain LoginName normalised} spelling — so respelling does not buy new tries; a client address is
 * counted across all names. After {@code attain.login.max-failures} (5) failures a name, after
 * {@code attain.login.max-failures-per-address} (20) an address, is blocked for {@code attain.login.block} (5 minutes);
 * a blocked name or address is refused before its password is checked, so a right password under any spelling cannot
 * lift the block. Failures are forgotten {@code attain.login.window} (15 minutes) after the last one. The counts live
 * in the database ({@link LoginFailures}), so that every server behind a load balancer counts the same failures;
 * {@link LoginFailurePurge} removes the forgotten ones.
 */
@Component
public class LoginAttempts {

    /** Which limits a failure reached: the name, the address, both or neither. */
    public record Outcome(boolean nameBlocked, boolean addressBlocked) {}

    /** The configured limits. */
    record Limits(int perName, int perAddress, Duration block, Duration window) {
        static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(5), Duration.ofMinutes(15));

        /** How long failures are remembered after the last write: the window, or the block if that is longer. */
        Duration keep() {
            return window.compareTo(block) > 0 ? window : block;
        }
    }

    private final Function<String, Optional<Long>> accounts;
    private final Limits limits;
    private final Clock clock;
    private final LoginFailures store;

    @Autowired
    LoginAttempts(
            UserService users,
            LoginFailures store,
            Clock clock,
            @Value("${attain.login.max-failures:5}") int perName,
            @Value("${attain.login.max-failures-per-address:20}") int perAddress,
            @Value("${attain.login.block:5m}") Duration block,
            @Value("${attain.login.window:15m}") Duration window) {
        this(users::accountId, new Limits(perName, perAddress, block, window), clock, store);
    }

    LoginAttempts(Function<String, Optional<Long>> accounts, Limits limits, Clock clock, LoginFailures store) {
        this.accounts = accounts;
        this.limits = limits;
        this.clock = clock;
        this.store = store;
    }

    /**
     * The key a typed name is counted under: the id of the account the database finds for it, or else the normalised
     * name (also when the database cannot be asked).
     */
    String key(String typed) {
        try {
            Optional<Long> id = accounts.apply(typed);
            if (id.isPresent()) {
                return "account:" + id.get();
            }
        } catch (DataAccessException e) {
            // counted under the spelling; the login itself fails on the same database
        }
        return "name:" + LoginName.normalise(typed);
    }

    /** Whether the name, under any spelling, is blocked. */
    public boolean isBlocked(String typedName) {
        return blocked(key(typedName));
    }

    boolean isBlocked(String key, @Nullable String address) {
        return blocked(key) || address != null && blocked(addressKey(address));
    }

    /** Counts a failed login of a name (by its {@link #key}) from an address. */
    Outcome failed(String key, @Nullable String address) {
        boolean name = count(key, limits.perName());
        boolean addr = address != null && count(addressKey(address), limits.perAddress());
        return new Outcome(name, addr);
    }

    /** A right password for a name that was not blocked clears its failures (never those of the address). */
    void succeeded(String key) {
        store.remove(key);
    }

    /** Forgets failures older than the window (and blocks that have ended); returns how many subjects. */
    int forgetOld() {
        return store.removeWrittenBefore(clock.millis() - limits.keep().toMillis());
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private boolean blocked(String subject) {
        return store.find(subject).blockedUntil() > clock.millis();
    }

    private boolean count(String subject, int max) {
        boolean[] nowBlocked = {false};
        store.change(subject, f -> {
            long now = clock.millis();
            nowBlocked[0] = false;
            if (f.blockedUntil() > now) {
                return f;
            }
            boolean forgotten = now - f.writtenAt() >= limits.keep().toMillis();
            int count = (forgotten ? 0 : f.count()) + 1;
            if (count >= max) {
                nowBlocked[0] = true;
                return new Failures(0, now + limits.block().toMillis(), now);
            }
            return new Failures(count, 0, now);
        });
        return nowBlocked[0];
    }
}
