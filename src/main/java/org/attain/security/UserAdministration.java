package org.attain.security;

import java.util.regex.Pattern;
import org.attain.history.ChangeLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do to accounts: correct a person's name, department, e-mail address and role, disable an account (it can no
 * longer sign in and keeps its history) and enable it again, and set a new password that its user must change at the
 * next sign-in. Every change is in the audit log.
 */
@Service
public class UserAdministration {

    /** Characters of a display name and of a department (app_user columns). */
    public static final int NAME_MAX = 100;

    public static final int DEPARTMENT_MAX = 200;
    public static final int EMAIL_MAX = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;
    private final UserService users;

    UserAdministration(
            JdbcClient jdbc, PasswordEncoder encoder, ChangeLog changeLog, CurrentUser currentUser, UserService users) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.changeLog = changeLog;
        this.currentUser = currentUser;
        this.users = users;
    }

    @RequiresRole(Role.ADMIN)
    @Transactional
    public void update(
            String username, String displayName, @Nullable String department, @Nullable String email, Role role) {
        UserAccount before = existing(username);
        String name = displayName == null ? "" : displayName.strip();
        String unit = department == null || department.isBlank() ? null : department.strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new AccountRefusal("account.refused.displayName", NAME_MAX);
        }
        if (unit != null && unit.length() > DEPARTMENT_MAX) {
            throw new AccountRefusal("account.refused.department", DEPARTMENT_MAX);
        }
        String mail = email == null || email.isBlank() ? null : email.strip();
        if (mail != null && (mail.length() > EMAIL_MAX || !EMAIL.matcher(mail).matches())) {
            throw new AccountRefusal("account.refused.email", mail);
        }
        if (before.role() == Role.ADMIN && role != Role.ADMIN && username.equals(currentUser.name())) {
            throw new AccountRefusal("account.refused.ownRole");
        }
        jdbc.sql("UPDATE app_user SET display_name = :d, department = :dep, email = :e, role = :r WHERE username = :u")
                .param("d", name)
                .param("dep", unit)
                .param("e", mail)
                .param("r", role.name())
                .param("u", username)
                .update();
        String field = "user:" + username;
        changeLog.record(currentUser.name(), null, null, null, field, before.displayName(), name);
        changeLog.record(currentUser.name(), null, null, null, field, before.department(), unit);
        changeLog.record(currentUser.name(), null, null, null, field, before.email(), mail);
        changeLog.record(currentUser.name(), null, null, null, field, before.role(), role);
    }

    /** Disables an account (no sign-in; its history stays) or enables it again; nobody disables themselves. */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        UserAccount before = existing(username);
        if (!enabled && username.equals(currentUser.name())) {
            throw new AccountRefusal("account.refused.disableSelf");
        }
        jdbc.sql("UPDATE app_user SET enabled = :e WHERE username = :u")
                .param("e", enabled)
                .param("u", username)
                .update();
        changeLog.record(currentUser.name(), null, null, null, "user_enabled:" + username, before.enabled(), enabled);
    }

    /** Sets a new password, which its user must replace at the next sign-in. */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void resetPassword(String username, String password) {
        existing(username);
        PasswordPolicy.require(username, password);
        jdbc.sql("UPDATE app_user SET password_hash = :h, must_change_password = TRUE WHERE username = :u")
                .param("h", encoder.encode(password))
                .param("u", username)
                .update();
        changeLog.record(currentUser.name(), null, null, null, "password_reset:" + username, null, "set");
    }

    private UserAccount existing(String username) {
        return users.find(username).orElseThrow(() -> new AccountRefusal("account.refused.unknown", username));
    }
}
