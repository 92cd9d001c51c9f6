package org.attain.security;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;

/** What a failed sign-in says about its cause. */
public final class LoginFailure {

    private LoginFailure() {}

    /**
     * Whether the sign-in failed because the database did not answer (the user lookup's data-access exception is in
     * the chain): no reason to doubt the password.
     */
    public static boolean causedByDatabase(@Nullable Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
