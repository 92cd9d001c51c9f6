package org.attain.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users from the database; a user name with too many failed logins is locked for a while. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserService users;
    private final LoginAttempts attempts;

    DatabaseUserDetailsService(UserService users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserService.Credentials c =
                users.credentials(username).orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(c.username())
                .password(c.hash())
                .roles(c.role().name())
                .disabled(!c.enabled())
                .accountLocked(attempts.isBlocked(username))
                .build();
    }
}
