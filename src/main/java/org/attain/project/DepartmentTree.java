package org.attain.project;

import java.util.List;
import org.attain.i18n.MessageException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department tree (主管部门 → 预算单位): where an imported project goes, and the departments as pickers list them.
 * A unit named for the first time is created under its 主管部门; a department without a parent or units of its own is
 * adopted as that 主管部门's unit; a unit already under another 主管部门 is refused, never moved.
 */
@Service
public class DepartmentTree {

    private final DepartmentRepository departments;
    private final JdbcClient jdbc;

    DepartmentTree(DepartmentRepository departments, JdbcClient jdbc) {
        this.departments = departments;
        this.jdbc = jdbc;
    }

    /** A department as pickers list it: a 主管部门 (parent null) or a unit with its 主管部门's name. */
    public record Node(
            long id,
            String name,
            @Nullable Long parentId,
            @Nullable String parentName) {

        public boolean isUnit() {
            return parentId != null;
        }
    }

    /**
     * The department a project of the given 主管部门 and 预算单位 belongs to (created as needed): the unit, or the
     * 主管部门 itself when the unit is blank or the same. Returns its name.
     */
    @Transactional
    public String place(String department, @Nullable String unit) {
        Department top =
                departments.findByName(department).orElseGet(() -> departments.save(new Department(department)));
        if (unit == null || unit.isBlank() || unit.strip().equals(top.getName())) {
            return top.getName();
        }
        String name = unit.strip();
        Department found = departments.findByName(name).orElse(null);
        if (found == null) {
            return departments.save(new Department(name, top.getId())).getName();
        }
        if (top.getId().equals(found.getParentId())) {
            return name;
        }
        if (found.getParentId() == null && !departments.hasUnits(found.getId()) && top.getParentId() == null) {
            found.placeUnder(top.getId());
            return departments.save(found).getName();
        }
        throw new MessageException("department.refused.otherParent", name, parentName(found), top.getName());
    }

    private String parentName(Department unit) {
        return unit.getParentId() == null
                ? unit.getName()
                : departments
                        .findById(unit.getParentId())
                        .map(Department::getName)
                        .orElse("");
    }

    /** Whether a department (by name) lies in a scope: the scope's department or one of its units. */
    public boolean covers(DepartmentScope scope, String department) {
        return departments
                .findByName(department)
                .map(d -> scope.covers(d.getId(), d.getParentId()))
                .orElse(scope.all());
    }

    /** Every department, each 主管部门 followed by its units, by name. */
    public List<Node> all() {
        return jdbc.sql("""
                        SELECT d.id, d.name, d.parent_id, p.name FROM department d
                        LEFT JOIN department p ON p.id = d.parent_id
                        ORDER BY COALESCE(p.name, d.name), d.parent_id IS NOT NULL, d.name""")
                .query((rs, n) ->
                        new Node(rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class), rs.getString(4)))
                .list();
    }
}
