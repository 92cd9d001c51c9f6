package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attain.AttainSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markup in an imported document never becomes markup in the database: tags are stripped after entities are
 * decoded, so {@code <img onerror>} written plainly or as {@code &lt;img onerror&gt;} leaves only text. (What is left
 * that looks like markup is stored as text and escaped wherever it is shown: see ChartTextTest.)
 */
@AttainSpringTest
@Transactional
class MarkupImportTest {

    static final String IMG = "<img src=x onerror=alert(1)>";

    @Autowired
    TargetImportService importer;

    @Autowired
    JdbcClient jdbc;

    private List<String> stored(String column, String table, String like) {
        return jdbc.sql("SELECT " + column + " FROM " + table + " WHERE " + column + " LIKE :like ORDER BY id")
                .param("like", like)
                .query(String.class)
                .list();
    }

    private void importText(String projectName, String indicatorName) {
        String text = ApprovalRefusalTest.document(projectName, "10", indicatorName, "≥10人");
        importer.importDocument("markup.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_tag_in_a_project_name_and_an_indicator_name_is_stripped_and_the_text_stored() {
        importText("测试" + IMG + "项目", "嵌入" + IMG + "人数");
        assertThat(stored("name", "project", "测试%")).containsExactly("测试项目");
        assertThat(stored("name", "indicator", "嵌入%")).containsExactly("嵌入人数");
    }

    @Test
    void an_escaped_tag_is_decoded_first_and_stripped_too_never_turned_into_markup() {
        importText("测试&lt;img src=x onerror=alert(1)&gt;项目", "嵌入&#60;script&#62;alert(1)&#60;/script&#62;人数");
        assertThat(stored("name", "project", "测试%")).containsExactly("测试项目");
        assertThat(stored("name", "indicator", "嵌入%")).containsExactly("嵌入alert(1)人数");
    }

    @Test
    void entities_are_decoded_once_so_a_doubly_escaped_tag_stays_visible_text() {
        importText("测试&amp;lt;b&amp;gt;项目", "慰问人数");
        assertThat(stored("name", "project", "测试%")).containsExactly("测试&lt;b&gt;项目");
    }

    @Test
    void comparisons_written_with_angle_brackets_are_text_and_kept() {
        importText("比例<5%且满意度>90%的项目", "慰问人数");
        assertThat(stored("name", "project", "比例%")).containsExactly("比例<5%且满意度>90%的项目");
    }

    @Test
    void a_tag_in_a_workbook_cell_is_stripped_as_in_a_text_document() throws IOException {
        byte[] xlsx = ApprovalRefusalTest.workbook(List.of("表"), "表格" + IMG + "项目", "10");
        importer.store(importer.read("markup.xlsx", xlsx), importer.defaultDepartment());
        assertThat(stored("name", "project", "表格%")).containsExactly("表格项目");
    }
}
