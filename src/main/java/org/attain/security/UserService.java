package org.attain.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attain.history.ChangeLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and project assignments. Passwords are stored as BCrypt hashes only and follow the
 * {@link PasswordPolicy} for every account; refusals are {@link AccountRefusal}s, rendered in the reader's language.
 */
@Service
public class UserService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;

    UserService(JdbcClient jdbc, PasswordEncoder encoder, ChangeLog changeLog, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.changeLog = changeLog;
        this.currentUser = currentUser;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    private static final String ACCOUNT = """
            SELECT username, display_name, department, email, role, enabled, must_change_password FROM app_user""";

    public List<UserAccount> list() {
        return jdbc.sql(ACCOUNT + " ORDER BY username")
                .query((rs, n) -> account(rs))
                .list();
    }

    private static UserAccount account(ResultSet rs) throws SQLException {
        return new UserAccount(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Role.valueOf(rs.getString(5)),
                rs.getBoolean(6),
                rs.getBoolean(7));
    }

    Optional<Credentials> credentials(String username) {
        return jdbc.sql("SELECT username, password_hash, role, enabled FROM app_user WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> new Credentials(
                        rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getBoolean(4)))
                .optional();
    }

    /** The account the database finds for a typed name (it ignores case, accents and trailing spaces). */
    Optional<Long> accountId(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .optional();
    }

    public Optional<UserAccount> find(String username) {
        return jdbc.sql(ACCOUNT + " WHERE username = :u")
                .param("u", username)
                .query((rs, n) -> account(rs))
                .optional();
    }

    /** Whether the user's password was set by an administrator and must be changed before anything else. */
    public boolean mustChangePassword(String username) {
        return find(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    /** Creates an account (administrators; the system on first start). */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void create(String username, String displayName, Role role, String password) {
        createUnchecked(username, displayName, role, password);
    }

    @Transactional
    void createUnchecked(String username, String displayName, Role role, String password) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{2,64}")) {
            throw new AccountRefusal("account.refused.name");
        }
        PasswordPolicy.require(username, password);
        if (credentials(username).isPresent()) {
            throw new AccountRefusal("account.refused.taken", username);
        }
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role) VALUES (:u, :d, :h, :r)")
                .param("u", username)
                .param("d", displayName == null || displayName.isBlank() ? username : displayName)
                .param("h", encoder.encode(password))
                .param("r", role.name())
                .update();
        changeLog.record(currentUser.name(), null, null, null, "user", null, username + " (" + role + ")");
    }

    /** Every user changes their own password, knowing the current one. */
    @Transactional
    public void changePassword(String username, String current, String next) {
        Credentials c = credentials(username).orElseThrow(() -> new IllegalArgumentException("No user " + username));
        if (!currentUser.name().equals(username) && !currentUser.isSystem()) {
            throw new AccessDeniedException("Only the user changes their password");
        }
        if (!encoder.matches(current, c.hash())) {
            throw new AccountRefusal("account.refused.current");
        }
        PasswordPolicy.require(c.username(), next);
        jdbc.sql("UPDATE app_user SET password_hash = :h, must_change_password = FALSE WHERE username = :u")
                .param("h", encoder.encode(next))
                .param("u", username)
                .update();
        changeLog.record(username, null, null, null, "password", null, "changed");
    }

    /** The owners of every project, in one query: project id → their display names (people, not logins). */
    public Map<Long, List<String>> ownersByProject() {
        Map<Long, List<String>> owners = new HashMap<>();
        jdbc.sql("""
                SELECT o.project_id, COALESCE(u.display_name, o.username) FROM project_owner o
                JOIN app_user u ON u.username = o.username ORDER BY o.project_id, u.display_name""")
                .query((rs, n) -> owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return owners;
    }

    public List<Long> assignedProjects(String username) {
        return jdbc.sql("SELECT project_id FROM project_owner WHERE username = :u ORDER BY project_id")
                .param("u", username)
                .query(Long.class)
                .list();
    }

    public boolean owns(String username, long projectId) {
        return jdbc.sql("SELECT COUNT(*) FROM project_owner WHERE username = :u AND project_id = :p")
                        .param("u", username)
                        .param("p", projectId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Sets the projects a project owner may enter actuals for. */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void assign(String username, List<Long> projectIds) {
        assignUnchecked(username, projectIds);
    }

    @Transactional
    void assignUnchecked(String username, List<Long> projectIds) {
        List<Long> before = assignedProjects(username);
        jdbc.sql("DELETE FROM project_owner WHERE username = :u")
                .param("u", username)
                .update();
        for (Long id : projectIds) {
            jdbc.sql("INSERT INTO project_owner (project_id, username) VALUES (:p, :u)")
                    .param("p", id)
                    .param("u", username)
                    .update();
        }
        changeLog.record(
                currentUser.name(),
                null,
                null,
                null,
                "assignment:" + username,
                before.toString(),
                projectIds.toString());
    }

    record Credentials(String username, String hash, Role role, boolean enabled) {}
}
