package org.attain.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that had no activity for its idle time ({@code server.servlet.session.timeout}), heartbeats not
 * counting: an open tab sends a heartbeat every minute, which keeps the servlet container's session alive forever.
 * Runs before Spring Security, so the request that finds the session expired is already anonymous; the tab then goes
 * to {@code /login?expired} ({@link IdleSessions}).
 */
@Component
@Order(-101)
class IdleSessionFilter extends OncePerRequestFilter {

    static final String LAST_ACTIVITY = IdleSessionFilter.class.getName() + ".lastActivity";

    private final Clock clock;

    @Autowired
    IdleSessionFilter() {
        this(Clock.systemUTC());
    }

    IdleSessionFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            long now = clock.millis();
            Object last = session.getAttribute(LAST_ACTIVITY);
            int idleSeconds = session.getMaxInactiveInterval();
            if (last instanceof Long since && idleSeconds > 0 && now - since > idleSeconds * 1000L) {
                session.invalidate();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
        }
        chain.doFilter(request, response);
        HttpSession created = request.getSession(false);
        if (created != null && created.getAttribute(LAST_ACTIVITY) == null) {
            created.setAttribute(LAST_ACTIVITY, clock.millis());
        }
    }

    /** Vaadin's keep-alive request ({@code ?v-r=heartbeat}), sent by an open tab without the user doing anything. */
    static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && (query.startsWith("v-r=heartbeat") || query.contains("&v-r=heartbeat"));
    }
}
