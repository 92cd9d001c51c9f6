package org.attain.security;

import java.util.Optional;
import org.attain.history.ChangeLog;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Accounts scoped to a department: the scope of whoever is acting (the system and unscoped accounts see the whole
 * bureau, a scoped account its department and units), and the administrator's setting of a scope, in the audit log.
 */
@Service
public class AccountScopes implements DepartmentScopes {

    private static final String SCOPE = """
            SELECT d.id, d.name FROM app_user u JOIN department d ON d.id = u.scope_department_id
            WHERE u.username = :u""";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;

    AccountScopes(JdbcClient jdbc, CurrentUser currentUser, ChangeLog changeLog) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
    }

    @Override
    public DepartmentScope current() {
        if (currentUser.isSystem()) {
            return DepartmentScope.ALL;
        }
        String name;
        try {
            name = currentUser.name();
        } catch (AccessDeniedException nobody) {
            // a scope narrows what a signed-in account sees; being signed in at all is the views' and the role
            // guards' business (they refuse the anonymous), so a read outside any request is not narrowed here
            return DepartmentScope.ALL;
        }
        // asked by every query of a page: read once per web request
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String key = AccountScopes.class.getName() + ":" + name;
        if (request != null
                && request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof DepartmentScope s) {
            return s;
        }
        DepartmentScope scope = of(name);
        if (request != null) {
            request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
        }
        return scope;
    }

    /** An account's scope; the whole bureau when it has none. */
    public DepartmentScope of(String username) {
        return scopeOf(username).orElse(DepartmentScope.ALL);
    }

    private Optional<DepartmentScope> scopeOf(String username) {
        return jdbc.sql(SCOPE)
                .param("u", username)
                .query((rs, n) -> DepartmentScope.of(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /** Scopes an account to a department and its units, or (null) to the whole bureau. */
    @RequiresRole(Role.ADMIN)
    @Transactional
    public void scope(String username, @Nullable Long department) {
        DepartmentScope before = of(username);
        String after = department == null
                ? null
                : jdbc.sql("SELECT name FROM department WHERE id = :d")
                        .param("d", department)
                        .query(String.class)
                        .optional()
                        .orElseThrow(() -> new AccountRefusal("account.refused.scope", department));
        int changed = jdbc.sql("UPDATE app_user SET scope_department_id = :d WHERE username = :u")
                .param("d", department)
                .param("u", username)
                .update();
        if (changed == 0) {
            throw new AccountRefusal("account.refused.unknown", username);
        }
        changeLog.record(currentUser.name(), null, null, null, "scope:" + username, before.name(), after);
    }
}
