package org.attain.project;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A department of the tree a finance bureau watches: a 主管部门 (no parent) or one of its 预算单位 (units, whose
 * parent is the 主管部门). Projects belong to a unit, or to the 主管部门 itself when their approval names no unit.
 */
@Table("department")
public class Department {

    public static final int NAME_MAX = 200;

    @Id
    private Long id;

    private String name;

    private @Nullable Long parentId;

    Department() {}

    public Department(String name) {
        this.name = name;
    }

    Department(String name, @Nullable Long parentId) {
        this.name = name;
        this.parentId = parentId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The 主管部门 of a unit; null for a 主管部门. */
    public @Nullable Long getParentId() {
        return parentId;
    }

    void placeUnder(long parent) {
        this.parentId = parent;
    }
}
