package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Layouts real approval documents come in, beside the official one: the old 项目完成指标/项目效益指标 申报表 with its
 * 项目资金 block, the 2021 目标表 with 成本指标 as a category and the target over three columns, explanation and weight
 * columns, long-term and annual values side by side, a header on two rows, several projects in one list, the 绩效目标
 * part of a self-evaluation table. Each is read indicator by indicator; what is left out is a warning.
 */
class LayoutVariantsTest {

    static ApprovalDocument read(String name, byte[] bytes) {
        return ApprovalDocuments.read(name, bytes);
    }

    static ApprovalDocument text(String text) {
        return read("doc.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Each indicator as "table 一级 二级 name target", and the comparator, value and unit as read. */
    static List<String> indicators(ApprovalDocument doc) {
        return doc.projects().stream()
                .flatMap(p -> p.indicators().stream())
                .map(i -> String.join(
                        " ",
                        i.table().name().substring(0, 1),
                        i.category(),
                        i.subcategory(),
                        i.name(),
                        i.target().text(),
                        i.target().comparator() == null
                                ? "-"
                                : i.target().comparator().ascii(),
                        i.target().value() == null
                                ? "-"
                                : i.target().value().stripTrailingZeros().toPlainString(),
                        i.target().unit() == null ? "-" : i.target().unit()))
                .toList();
    }

    static List<String> warnings(ApprovalDocument doc) {
        return doc.warnings().stream().map(w -> w.message(Locale.ENGLISH)).toList();
    }

    @Test
    void an_old_shenbao_table_with_space_separated_rows_and_a_funds_block() throws Exception {
        ApprovalDocument doc = read(
                "shenbao.txt",
                LayoutVariantsTest.class
                        .getResourceAsStream("/layouts/shenbao-2021-spaces.txt")
                        .readAllBytes());
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("基本公共卫生服务项目");
        assertThat(p.year()).isEqualTo(2021);
        assertThat(p.budget()).isEqualByComparingTo("520.36");
        assertThat(p.department()).isEqualTo("某县卫生健康局");
        assertThat(p.unit()).isEqualTo("某县卫生健康局");
        assertThat(p.projectType()).isEqualTo("延续项目");
        assertThat(p.annualGoal()).startsWith("目标1：为城乡居民免费提供基本公共卫生服务");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 居民电子健康档案建档率 ≥90% >= 90 %",
                        "A 产出指标 数量指标 65岁及以上老年人健康管理人数 ≥1.2万人 >= 1.2 万人",
                        "A 产出指标 质量指标 适龄儿童国家免疫规划疫苗接种率 ≥90% >= 90 %",
                        "A 产出指标 时效指标 资金拨付及时率 100% >= 100 %",
                        "A 产出指标 成本指标 人均基本公共卫生服务经费补助标准 79元/人 <= 79 元/人",
                        "A 效益指标 社会效益指标 居民健康素养水平 较上年提高 - - -",
                        "A 效益指标 可持续影响指标 基本公共卫生服务均等化水平 逐步提高 - - -",
                        "A 满意度指标 服务对象满意度指标 居民满意度 ≥85% >= 85 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.startsWith("其中：财政拨款 \"480.36\" not imported"))
                .anyMatch(w -> w.startsWith("其他资金 \"40\" not imported"))
                .anyMatch(w -> w.contains("较上年提高") && w.contains("unusual form"));
    }

    static byte[] target2022() {
        return Sheets.of(
                        "项目支出绩效目标表|||||||||",
                        "（2022年度）|||||||||",
                        "项目名称|农村饮水安全维修养护||||||||",
                        "主管部门|某县水利局|||实施单位|某县农村供水站||||",
                        "项目资金（万元）|年度资金总额|150|||||||",
                        "|其中：财政拨款|150|||||||",
                        "|其他资金|0|||||||",
                        "年度总体目标|完成全县45处农村供水工程维修养护，保障农村群众饮水安全。||||||||",
                        "一级指标|二级指标|三级指标|指标性质|指标值|度量单位|权重（%）|指标方向性|指标解释|",
                        "产出指标|数量指标|维修养护工程处数|≥|45|处|20|正向指标|反映维修养护工程的数量|",
                        "|质量指标|工程验收合格率|≥|95|%|15|正向指标|反映工程质量情况|",
                        "|时效指标|工程完工时间|≤|12|月|10|反向指标|反映工程进度|",
                        "成本指标|经济成本指标|单处维修平均成本|≤|3.3|万元/处|10|反向指标|反映单位成本|",
                        "|社会成本指标|对群众生产生活的影响|定性|无明显影响||5|正向指标|反映社会成本|",
                        "效益指标|社会效益指标|受益人口|≥|2|万人|20|正向指标|反映受益情况|",
                        "满意度指标|服务对象满意度指标|受益群众满意度|≥|90|%|10|正向指标|反映群众满意程度|")
                .merge("B3:I3", "A5:A7", "B8:I8", "A10:A12", "A13:A14")
                .xlsx();
    }

    @Test
    void a_2021_target_table_with_cost_as_a_category_and_the_target_over_three_columns() {
        ApprovalDocument doc = read("mubiao.xlsx", target2022());
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("农村饮水安全维修养护");
        assertThat(p.year()).isEqualTo(2022);
        assertThat(p.budget()).isEqualByComparingTo("150");
        assertThat(p.department()).isEqualTo("某县水利局");
        assertThat(p.unit()).isEqualTo("某县农村供水站");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 维修养护工程处数 ≥45处 >= 45 处",
                        "A 产出指标 质量指标 工程验收合格率 ≥95% >= 95 %",
                        "A 产出指标 时效指标 工程完工时间 ≤12月 <= 12 月",
                        "A 成本指标 经济成本指标 单处维修平均成本 ≤3.3万元/处 <= 3.3 万元/处",
                        "A 成本指标 社会成本指标 对群众生产生活的影响 无明显影响 - - -",
                        "A 效益指标 社会效益指标 受益人口 ≥2万人 >= 2 万人",
                        "A 满意度指标 服务对象满意度指标 受益群众满意度 ≥90% >= 90 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.contains("权重（%）") && w.contains("not imported"))
                .anyMatch(w -> w.contains("指标解释") && w.contains("not imported"))
                .noneMatch(w -> w.contains("反映"));
    }

    static byte[] selfEvaluation2023() {
        return Sheets.of(
                        "项目支出绩效自评表||||||||",
                        "（2023年度）||||||||",
                        "项目名称|社区卫生服务中心建设|||||||",
                        "主管部门|某区卫生健康局|||实施单位|某区社区卫生服务中心|||",
                        "项目资金（万元）||年初预算数|全年预算数|全年执行数|分值|执行率|得分|",
                        "|年度资金总额|200|180|171|10|95%|9.5|",
                        "|其中：当年财政拨款|200|180|171|—|—|—|",
                        "|上年结转资金||||—|—|—|",
                        "年度总体目标|预期目标|||实际完成情况||||",
                        "|完成中心主体建设|||已完成主体建设||||",
                        "绩效指标|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
                        "|产出指标|数量指标|新建业务用房面积|≥2000平方米|2100平方米|20|20|",
                        "||质量指标|工程验收合格率|100%|100%|15|15|",
                        "||时效指标|按期完工率|100%|90%|15|13.5|受雨季影响工期延后",
                        "|效益指标|社会效益指标|服务辐射人口|≥5万人|5.2万人|30|30|",
                        "|满意度指标|服务对象满意度指标|居民满意度|≥90%|93%|10|10|",
                        "总分||||||100|98|")
                .merge("A5:A8", "A9:A10", "A11:A16", "B12:B14")
                .xlsx();
    }

    @Test
    void the_targets_of_a_self_evaluation_table_without_its_actuals_and_scores() {
        ApprovalDocument doc = read("zipingbiao.xlsx", selfEvaluation2023());
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.year()).isEqualTo(2023);
        assertThat(p.budget()).as("全年预算数, the budget as adjusted").isEqualByComparingTo("180");
        assertThat(p.annualGoal()).isEqualTo("完成中心主体建设");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 新建业务用房面积 ≥2000平方米 >= 2000 平方米",
                        "A 产出指标 质量指标 工程验收合格率 100% >= 100 %",
                        "A 产出指标 时效指标 按期完工率 100% >= 100 %",
                        "A 效益指标 社会效益指标 服务辐射人口 ≥5万人 >= 5 万人",
                        "A 满意度指标 服务对象满意度指标 居民满意度 ≥90% >= 90 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.contains("实际完成值") && w.contains("not imported"))
                .anyMatch(w -> w.contains("偏差原因分析及改进措施") && w.contains("not imported"))
                .anyMatch(w -> w.contains("已完成主体建设") && w.contains("not imported"));
    }

    static byte[] midTermAndAnnual2019() {
        return Sheets.of(
                        "中央部门项目支出绩效目标申报表|||||||",
                        "（2019年度）|||||||",
                        "项目名称|基层骨干培训项目||||||",
                        "主管部门及代码|[123]某部||实施单位|某培训中心|||",
                        "项目属性|延续项目||项目期|3年|||",
                        "项目资金（万元）|中期资金总额：|900||年度资金总额：|300||",
                        "|其中：财政拨款|900||其中：财政拨款|300||",
                        "|其他资金|0||其他资金|0||",
                        "总体目标|中期目标（2019年—2021年）|||年度目标|||",
                        "|目标1：培训基层骨干3000人次|||目标1：培训基层骨干1000人次|||",
                        "绩效指标|一级指标|二级指标|三级指标|指标值|二级指标|三级指标|指标值",
                        "|产出指标|数量指标|指标1：培训人次|≥3000人次|数量指标|指标1：培训人次|≥1000人次",
                        "||质量指标|指标1：培训合格率|≥95%|质量指标|指标1：培训合格率|≥95%",
                        "||时效指标|指标1：培训完成时间|2021年底前|时效指标|指标1：培训完成时间|2019年12月底前",
                        "||成本指标|指标1：人均培训成本（≤**元）|≤3000元/人|成本指标|指标1：人均培训成本（≤**元）|≤3000元/人",
                        "|效益指标|社会效益指标|指标1：基层服务能力|逐步提升|社会效益指标|指标1：基层服务能力|有所提升",
                        "||可持续影响指标|指标2：||可持续影响指标|指标2：|",
                        "|满意度指标|服务对象满意度指标|指标1：学员满意度|≥90%|服务对象满意度指标|指标1：学员满意度|≥90%")
                .merge("B3:H3", "A6:A8", "A9:A10", "A11:A18", "B12:B15", "B16:B17")
                .xlsx();
    }

    @Test
    void mid_term_and_annual_indicators_side_by_side_with_template_placeholders_left_in_names() {
        ApprovalDocument doc = read("shenbao-2019.xlsx", midTermAndAnnual2019());
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.budget()).as("年度资金总额, not 中期资金总额").isEqualByComparingTo("300");
        assertThat(p.department()).isEqualTo("[123]某部");
        assertThat(p.longTermGoal()).isEqualTo("目标1：培训基层骨干3000人次");
        assertThat(p.annualGoal()).isEqualTo("目标1：培训基层骨干1000人次");
        assertThat(indicators(doc))
                .containsExactlyInAnyOrder(
                        "L 产出指标 数量指标 培训人次 ≥3000人次 >= 3000 人次",
                        "L 产出指标 质量指标 培训合格率 ≥95% >= 95 %",
                        "L 产出指标 时效指标 培训完成时间 2021年底前 - - -",
                        "L 产出指标 成本指标 人均培训成本 ≤3000元/人 <= 3000 元/人",
                        "L 效益指标 社会效益指标 基层服务能力 逐步提升 - - -",
                        "L 满意度指标 服务对象满意度指标 学员满意度 ≥90% >= 90 %",
                        "A 产出指标 数量指标 培训人次 ≥1000人次 >= 1000 人次",
                        "A 产出指标 质量指标 培训合格率 ≥95% >= 95 %",
                        "A 产出指标 时效指标 培训完成时间 2019年12月底前 - - -",
                        "A 产出指标 成本指标 人均培训成本 ≤3000元/人 <= 3000 元/人",
                        "A 效益指标 社会效益指标 基层服务能力 有所提升 - - -",
                        "A 满意度指标 服务对象满意度指标 学员满意度 ≥90% >= 90 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.contains("Template placeholder \"指标1： （≤**元）\" removed"))
                .anyMatch(w -> w.contains("Template row \"指标2：\" was not filled in"))
                .anyMatch(w -> w.contains("中期资金总额： \"900\" not imported"))
                .noneMatch(w -> w.contains("unusual form"));
    }

    static byte[] listOfProjects2024() {
        return Sheets.of(
                        "2024年部门项目支出绩效目标表||||||||",
                        "单位：万元||||||||",
                        "项目名称|预算金额|一级指标|二级指标|三级指标|指标值|||指标值确定依据",
                        "|||||指标性质|指标值|度量单位|",
                        "城乡低保资金|1200|产出指标|数量指标|保障人数|≥|5000|人|计划标准",
                        "|||质量指标|资金发放准确率|=|100|%|计划标准",
                        "||效益指标|社会效益指标|困难群众基本生活保障|定性|有效保障||其他标准",
                        "临时救助资金|85.5|产出指标|数量指标|救助人次|≥|800|人次|历史标准",
                        "||满意度指标|服务对象满意度指标|救助对象满意度|≥|90|%|计划标准")
                .merge(
                        "F3:H3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "I3:I4", "A5:A7", "B5:B7", "C5:C6", "A8:A9",
                        "B8:B9")
                .xlsx();
    }

    @Test
    void a_list_of_several_projects_with_a_header_on_two_rows() {
        ApprovalDocument doc = read("list.xlsx", listOfProjects2024());
        assertThat(doc.projects()).extracting(ProjectDraft::name).containsExactly("城乡低保资金", "临时救助资金");
        assertThat(doc.projects()).extracting(ProjectDraft::year).containsOnly(2024);
        assertThat(doc.projects().get(0).budget()).isEqualByComparingTo("1200");
        assertThat(doc.projects().get(1).budget()).isEqualByComparingTo("85.5");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 保障人数 ≥5000人 >= 5000 人",
                        "A 产出指标 质量指标 资金发放准确率 =100% = 100 %",
                        "A 效益指标 社会效益指标 困难群众基本生活保障 有效保障 - - -",
                        "A 产出指标 数量指标 救助人次 ≥800人次 >= 800 人次",
                        "A 满意度指标 服务对象满意度指标 救助对象满意度 ≥90% >= 90 %");
        assertThat(doc.projects().getFirst().indicators())
                .extracting(IndicatorDraft::targetBasis)
                .containsExactly("计划标准", "计划标准", "其他标准");
    }
}
