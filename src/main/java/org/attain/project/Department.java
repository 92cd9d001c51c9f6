package org.attain.project;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A budget unit (主管部门/实施单位) that owns projects. */
@Table("department")
public class Department {

    public static final int NAME_MAX = 200;

    @Id
    private Long id;

    private String name;

    Department() {}

    public Department(String name) {
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
