package org.attain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Many project names looked up at once find what one name finds: the name column's collation decides. */
@AttainSpringTest
@Transactional
class ProjectNamesTest {

    @Autowired
    ProjectService projects;

    private Project store(String department, int year, String name) {
        return projects.store(
                new ProjectDescription(department, year, name, new BigDecimal("10"), null, null, null, null, null));
    }

    private static List<Long> ids(List<Project> found) {
        return found.stream().map(Project::getId).toList();
    }

    @Test
    void a_name_differing_in_case_accents_or_trailing_spaces_finds_the_project_as_one_lookup_does() {
        Project alpha = store("名称测试部门", 2025, "Alpha Fund");
        store("名称测试部门", 2024, "Alpha Fund");
        List<String> asked = List.of("Alpha Fund", "ALPHA FUND", "alpha fund  ", "Alphá Fund", "Alpha  Fund", "Beta");
        Map<String, List<Project>> found = projects.findByNames(asked, 2025);
        for (String name : asked) {
            assertThat(ids(found.getOrDefault(name, List.of())))
                    .as(name)
                    .isEqualTo(ids(projects.findByName(name, 2025)));
        }
        assertThat(ids(found.get("ALPHA FUND"))).containsExactly(alpha.getId());
        assertThat(ids(found.get("alpha fund  "))).containsExactly(alpha.getId());
        assertThat(ids(found.get("Alphá Fund"))).containsExactly(alpha.getId());
        assertThat(found).doesNotContainKeys("Alpha  Fund", "Beta");
    }

    @Test
    void without_a_year_every_year_is_found_newest_first_and_two_departments_make_two_matches() {
        Project older = store("名称测试部门", 2024, "Gamma Fund");
        Project newer = store("名称测试部门", 2025, "Gamma Fund");
        Project other = store("名称测试部门乙", 2025, "GAMMA FUND");
        Map<String, List<Project>> found = projects.findByNames(List.of("gamma fund"), null);
        assertThat(ids(found.get("gamma fund"))).containsExactly(newer.getId(), other.getId(), older.getId());
        assertThat(ids(projects.findByNames(List.of("gamma fund"), 2024).get("gamma fund")))
                .containsExactly(older.getId());
    }

    @Test
    void more_names_than_one_query_takes_are_all_looked_up() {
        Project delta = store("名称测试部门", 2025, "Delta Fund");
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            asked.add("no such project " + i);
        }
        asked.add("DELTA FUND");
        Map<String, List<Project>> found = projects.findByNames(asked, 2025);
        assertThat(found).containsOnlyKeys("DELTA FUND");
        assertThat(ids(found.get("DELTA FUND"))).containsExactly(delta.getId());
        assertThat(projects.findByNames(List.of(), 2025)).isEmpty();
    }
}
