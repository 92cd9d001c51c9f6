package org.attain.portfolio;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The owners the portfolio shows: of the few projects on screen, and every owner of a year for the owner filter. */
@Service
public class ProjectOwners {

    private final JdbcClient jdbc;

    ProjectOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owners' names (display name, else user name) of these projects, by project. */
    public Map<Long, List<String>> of(Collection<Long> projectIds) {
        Map<Long, List<String>> owners = new HashMap<>();
        if (projectIds.isEmpty()) {
            return owners;
        }
        jdbc.sql("SELECT o.project_id, COALESCE(u.display_name, o.username) FROM project_owner o"
                        + " JOIN app_user u ON u.username = o.username WHERE o.project_id IN (:ids)"
                        + " ORDER BY o.project_id, u.display_name")
                .param("ids", projectIds)
                .query((rs, n) -> owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return owners;
    }

    /** Every owner's name of a year's projects, sorted. */
    public List<String> names(int year) {
        return jdbc.sql("SELECT DISTINCT COALESCE(u.display_name, o.username) FROM project_owner o"
                        + " JOIN app_user u ON u.username = o.username JOIN project p ON p.id = o.project_id"
                        + " WHERE p.budget_year = :year ORDER BY 1")
                .param("year", year)
                .query(String.class)
                .list();
    }
}
