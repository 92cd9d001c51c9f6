package org.attain.security;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's password check, throttled and audited: a blocked name (under any spelling) or client address is
 * refused before the password is looked at; every failure counts against both; sign-ins, failures and lockouts go to
 * the audit log.
 */
class ThrottledLogin implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginAttempts attempts;
    private final Audit audit;

    ThrottledLogin(UserDetailsService users, PasswordEncoder encoder, LoginAttempts attempts, Audit audit) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String typed = String.valueOf(login.getName());
        String address = address(login);
        String key = attempts.key(typed);
        try {
            if (attempts.isBlocked(key, address)) {
                throw new LockedException("Too many failed sign-ins; try again later");
            }
            try {
                Authentication signedIn = passwords.authenticate(login);
                attempts.succeeded(key);
                audit.signedIn(signedIn.getName(), address);
                return signedIn;
            } catch (BadCredentialsException | DisabledException e) {
                String name = LoginName.normalise(typed);
                LoginAttempts.Outcome outcome = attempts.failed(key, address);
                audit.signInFailed(name, address);
                audit.lockedOut(name, address, outcome);
                // a disabled account reads like a wrong password: the form tells nobody which accounts exist
                throw e instanceof BadCredentialsException bad ? bad : new BadCredentialsException("Bad credentials");
            }
        } catch (DataAccessException e) {
            // the failures are counted in the database: without it nobody signs in, and the login page says why
            throw new InternalAuthenticationServiceException("The database did not answer", e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static @Nullable String address(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
