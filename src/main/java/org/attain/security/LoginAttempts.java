package org.attain.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Login throttling: after 5 failed attempts a user name is blocked for 5 minutes. */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration BLOCK = Duration.ofMinutes(5);

    private record State(int failures, Instant blockedUntil) {
    }

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        states.remove(event.getAuthentication().getName());
    }

    public void failed(String username) {
        states.compute(username, (k, s) -> {
            int failures = (s == null ? 0 : s.failures()) + 1;
            return new State(failures, failures >= MAX_FAILURES ? Instant.now(clock).plus(BLOCK) : null);
        });
    }

    public boolean isBlocked(String username) {
        State s = states.get(username);
        return s != null && s.blockedUntil() != null && Instant.now(clock).isBefore(s.blockedUntil());
    }
}
