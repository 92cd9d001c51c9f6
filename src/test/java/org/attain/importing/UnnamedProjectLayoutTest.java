package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Documents that leave out what a table states: the targets written out as sentences (a published 绩效目标设定的公示),
 * no 项目名称 label (the project named by a title or the report's words), no year (the one the importer gives, or the
 * only one the text names). Each is read with a warning that says what was used, or refused saying how to give it.
 */
class UnnamedProjectLayoutTest {

    private static final String PROSE = """
            标题：关于某镇设施农业蔬菜种植项目绩效目标设定的公示
            根据2024年衔接资金文件精神，实施某镇设施农业蔬菜种植项目。现将绩效目标设定如下：
            一、产出指标
            数量指标：种植面积(≥**亩)≥120亩，大棚数量≥8座；质量指标：种植作物成活率(≥**%)≥90%。
            成本指标：补助标准(≤**元/亩)≤500元/亩。
            二、效益指标
            经济效益指标：带动农户增收≥30万元；社会效益目标：受益农户数≥25户。生态效益指标：土壤质量提高。
            三、满意度指标
            服务对象满意度指标，受益农户满意度≥95%。
            某镇人民政府
            """;

    private static ApprovalDocument read(String name, String text, int year) {
        return ApprovalDocuments.read(name, text.getBytes(StandardCharsets.UTF_8), year);
    }

    @Test
    void targets_stated_in_sentences_are_read_clause_by_clause_under_their_level_words() {
        ApprovalDocument doc = read("notice.txt", PROSE, 0);
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("某镇设施农业蔬菜种植项目");
        assertThat(p.year()).isEqualTo(2024);
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 种植面积 ≥120亩 >= 120 亩",
                        "A 产出指标 数量指标 大棚数量 ≥8座 >= 8 座",
                        "A 产出指标 质量指标 种植作物成活率 ≥90% >= 90 %",
                        "A 产出指标 成本指标 补助标准 ≤500元/亩 <= 500 元/亩",
                        "A 效益指标 经济效益指标 带动农户增收 ≥30万元 >= 30 万元",
                        "A 效益指标 社会效益指标 受益农户数 ≥25户 >= 25 户",
                        "A 效益指标 生态效益指标 土壤质量 提高 - - -",
                        "A 满意度指标 服务对象满意度指标 受益农户满意度 ≥95% >= 95 %");
        assertThat(LayoutVariantsTest.warnings(doc))
                .anyMatch(w -> w.contains("taken from its title"))
                .anyMatch(w -> w.contains("read from its sentences"))
                .anyMatch(w -> w.contains("2024, the only year its text names"));
    }

    @Test
    void a_document_with_an_indicator_table_is_not_read_as_sentences() {
        String table = PROSE.replace("一、产出指标", "一级指标\t二级指标\t三级指标\t指标值");
        ApprovalDocument doc = read("notice.txt", table, 0);
        assertThat(LayoutVariantsTest.warnings(doc)).noneMatch(w -> w.contains("read from its sentences"));
    }

    @Test
    void a_table_without_a_project_label_takes_the_name_the_report_gives_the_project() {
        String text = """
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t宣传次数\t≥2次
                满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
                该消费维权宣传专项资金项目于2020年初向财政局申报。
                """;
        ApprovalDocument doc = read("report.txt", text, 0);
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("消费维权宣传专项资金");
        assertThat(p.year()).isEqualTo(2020);
        assertThat(p.indicators()).hasSize(2);
        assertThat(LayoutVariantsTest.warnings(doc))
                .anyMatch(w -> w.contains("\"消费维权宣传专项资金\" is taken from the way its text refers"));
    }

    @Test
    void without_any_name_the_file_name_is_used_and_said() {
        String text = """
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t宣传次数\t≥2次
                """;
        ApprovalDocument doc = read("宣传经费-2021.txt", text, 0);
        assertThat(doc.projects().getFirst().name()).isEqualTo("宣传经费-2021");
        assertThat(LayoutVariantsTest.warnings(doc)).anyMatch(w -> w.contains("taken from the file name"));
    }

    private static final String NO_YEAR = """
            项目名称\t菌类加工车间建设项目
            一级指标\t二级指标\t三级指标\t指标值
            产出指标\t数量指标\t冷库面积\t≥1290平方米
            """;

    @Test
    void a_document_without_a_year_is_refused_saying_how_to_give_one() {
        assertThatThrownBy(() -> read("selfeval.txt", NO_YEAR, 0)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.getProblems().getFirst().message(Locale.SIMPLIFIED_CHINESE))
                    .startsWith("文件中没有写明年度")
                    .contains("导入页面的“年度”栏")
                    .contains("--year");
            assertThat(e.getProblems().getFirst().message(Locale.ENGLISH))
                    .contains("give the year in the import form's year field, or with --year");
        });
    }

    @Test
    void the_year_given_on_import_is_taken_only_where_the_document_states_none() {
        ApprovalDocument doc = read("selfeval.txt", NO_YEAR, 2023);
        assertThat(doc.projects().getFirst().year()).isEqualTo(2023);
        assertThat(doc.warnings())
                .anyMatch(w -> w.message(Locale.SIMPLIFIED_CHINESE).contains("按导入时填写的年度")
                        && w.message(Locale.SIMPLIFIED_CHINESE).contains("2023"));
        ApprovalDocument stated = read("selfeval.txt", "2022年项目支出绩效自评表\n" + NO_YEAR, 2023);
        assertThat(stated.projects().getFirst().year()).isEqualTo(2022);
        assertThat(stated.warnings())
                .noneMatch(w -> w.message(Locale.SIMPLIFIED_CHINESE).contains("按导入时填写的年度"));
    }
}
