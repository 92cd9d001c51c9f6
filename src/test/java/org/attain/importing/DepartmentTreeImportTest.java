package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attain.ActingAsSystem;
import org.attain.AttainSpringTest;
import org.attain.project.Project;
import org.attain.project.ProjectService;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * An approval naming its 主管部门 and 预算单位 files the project under the unit, the unit under the 主管部门; an officer
 * scoped to another department cannot import it, and the refusal names the project and the department.
 */
@AttainSpringTest
@Transactional
class DepartmentTreeImportTest {

    @Autowired
    TargetImportService importer;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService users;

    @Autowired
    AccountScopes scopes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_project_belongs_to_its_unit_and_the_unit_to_its_department() {
        ImportReport report = importer.read("mubiao.xlsx", LayoutVariantsTest.target2022());
        assertThat(importer.departmentOf(report)).isEqualTo("某县水利局");
        importer.store(report, importer.departmentOf(report));

        Project project = projects.findExisting("某县农村供水站", 2022, "农村饮水安全维修养护").orElseThrow();
        assertThat(jdbc.sql("""
                        SELECT p.name FROM department d JOIN department p ON p.id = d.parent_id
                        WHERE d.id = :d""")
                        .param("d", project.getDepartmentId())
                        .query(String.class)
                        .single())
                .isEqualTo("某县水利局");

        // imported again: the same project, updated in place, the tree unchanged
        importer.store(importer.read("mubiao.xlsx", LayoutVariantsTest.target2022()), "某县水利局");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM project WHERE name = '农村饮水安全维修养护'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void a_unit_of_another_department_is_refused_not_moved() {
        importer.store(importer.read("mubiao.xlsx", LayoutVariantsTest.target2022()), "某县水利局");
        assertThatThrownBy(() -> importer.store(importer.read("mubiao.xlsx", LayoutVariantsTest.target2022()), "某县财政局"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("农村饮水安全维修养护");
    }

    @Test
    void an_officer_of_another_department_cannot_import_into_it() {
        users.create("union-officer", "总工会绩效专员", Role.PERFORMANCE_OFFICER, "Zonggong-Hui-2025");
        scopes.scope(
                "union-officer",
                jdbc.sql("SELECT id FROM department WHERE name = '鄂州市总工会'")
                        .query(Long.class)
                        .single());
        ActingAsSystem.as("union-officer", Role.PERFORMANCE_OFFICER);
        ImportReport report = importer.read("mubiao.xlsx", LayoutVariantsTest.target2022());
        assertThatThrownBy(() -> importer.store(report, importer.departmentOf(report)))
                .isInstanceOfSatisfying(
                        ImportException.class,
                        e -> assertThat(e.getProblems()).singleElement().satisfies(p -> assertThat(p.message())
                                .isEqualTo("项目“农村饮水安全维修养护”未能导入：项目“农村饮水安全维修养护”属于“某县农村供水站”，"
                                        + "不在您的部门范围（鄂州市总工会）内，不能查看、导出或修改。")));
    }
}
