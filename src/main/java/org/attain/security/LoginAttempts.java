package org.attain.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
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
 * lift the block. Failures are forgotten {@code attain.login.window} (15 minutes) after the last one. Both stores are
 * bounded (Caffeine, {@value #MAX_ENTRIES} entries each) and their entries expire.
 */
@Component
public class LoginAttempts {

    static final int MAX_ENTRIES = 100_000;

    /** Which limits a failure reached: the name, the address, both or neither. */
    public record Outcome(boolean nameBlocked, boolean addressBlocked) {
    }

    /** The configured limits. */
    record Limits(int perName, int perAddress, Duration block, Duration window) {
        static final Limits DEFAULT = new Limits(5, 20, Duration.ofMinutes(5), Duration.ofMinutes(15));
    }

    /** Failures since the last block; while {@code blocked}, refused until the ticker passes {@code until}. */
    private record Failures(int count, boolean blocked, long until) {

        boolean blockedAt(long now) {
            return blocked && now - until < 0;
        }
    }

    private final Function<String, Optional<Long>> accounts;
    private final Limits limits;
    private final Ticker ticker;
    private final Cache<String, Failures> names;
    private final Cache<String, Failures> addresses;

    @Autowired
    LoginAttempts(UserService users, @Value("${attain.login.max-failures:5}") int perName,
            @Value("${attain.login.max-failures-per-address:20}") int perAddress,
            @Value("${attain.login.block:5m}") Duration block, @Value("${attain.login.window:15m}") Duration window) {
        this(users::accountId, new Limits(perName, perAddress, block, window), Ticker.systemTicker());
    }

    LoginAttempts(Function<String, Optional<Long>> accounts, Limits limits, Ticker ticker) {
        this.accounts = accounts;
        this.limits = limits;
        this.ticker = ticker;
        Duration keep = limits.window().compareTo(limits.block()) > 0 ? limits.window() : limits.block();
        this.names = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(keep).ticker(ticker).build();
        this.addresses = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterWrite(keep).ticker(ticker).build();
    }

    Limits limits() {
        return limits;
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
        return blocked(names, key(typedName));
    }

    boolean isBlocked(String key, @Nullable String address) {
        return blocked(names, key) || address != null && blocked(addresses, address);
    }

    /** Counts a failed login of a name (by its {@link #key}) from an address. */
    Outcome failed(String key, @Nullable String address) {
        boolean name = count(names, key, limits.perName());
        boolean addr = address != null && count(addresses, address, limits.perAddress());
        return new Outcome(name, addr);
    }

    /** A right password for a name that was not blocked clears its failures (never those of the address). */
    void succeeded(String key) {
        names.invalidate(key);
    }

    private boolean blocked(Cache<String, Failures> cache, String key) {
        Failures f = cache.getIfPresent(key);
        return f != null && f.blockedAt(ticker.read());
    }

    private boolean count(Cache<String, Failures> cache, String key, int max) {
        boolean[] nowBlocked = {false};
        cache.asMap().compute(key, (k, f) -> {
            long now = ticker.read();
            if (f != null && f.blockedAt(now)) {
                return f;
            }
            int count = (f == null ? 0 : f.count()) + 1;
            if (count >= max) {
                nowBlocked[0] = true;
                return new Failures(0, true, now + limits.block().toNanos());
            }
            return new Failures(count, false, 0);
        });
        return nowBlocked[0];
    }
}
