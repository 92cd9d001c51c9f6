package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.importing.LayoutVariantsTest.indicators;
import static org.attain.importing.LayoutVariantsTest.read;
import static org.attain.importing.LayoutVariantsTest.text;
import static org.attain.importing.LayoutVariantsTest.warnings;

import org.junit.jupiter.api.Test;

/**
 * The shapes the text of a table takes once it has left its document: one cell per line (with or without pipes), a
 * table flattened into one paragraph, Traditional characters, comparators however written (and an OCR "2" that is no
 * 292%), tables named in their header row, lettered funds columns. Each is read indicator by indicator through the
 * helpers of {@link LayoutVariantsTest}.
 */
class TextShapesTest {

    @Test
    void one_cell_per_line_with_the_budget_in_yuan() {
        ApprovalDocument doc = text("""
                2022年度项目支出绩效目标表
                项目名称
                社区居家养老服务补助
                预算金额（元）
                1,250,000.00
                一级指标
                二级指标
                三级指标
                指标值
                产出指标
                数量指标
                服务老年人数
                ≥3000人
                质量指标
                服务合格率
                ≥95%
                效益指标
                社会效益指标
                老年人生活质量
                有效提升
                满意度指标
                服务对象满意度指标
                服务对象满意度
                ≥90%
                """);
        assertThat(doc.projects().getFirst().budget()).isEqualByComparingTo("125");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 服务老年人数 ≥3000人 >= 3000 人",
                        "A 产出指标 质量指标 服务合格率 ≥95% >= 95 %",
                        "A 效益指标 社会效益指标 老年人生活质量 有效提升 - - -",
                        "A 满意度指标 服务对象满意度指标 服务对象满意度 ≥90% >= 90 %");
    }

    @Test
    void one_cell_per_line_between_pipes() {
        ApprovalDocument doc = text("""
                | 2023年项目绩效目标 |
                | 项目名称 |
                | 道路养护专项 |
                | 项目资金（万元） |
                | 80 |
                | 一级指标 |
                | 二级指标 |
                | 三级指标 |
                | 指标值 |
                | 产出指标 |
                | 数量指标 |
                | 养护道路里程 |
                | ≥120公里 |
                | 时效指标 |
                | 完工时间 |
                | 11月底前 |
                """);
        assertThat(doc.projects().getFirst().budget()).isEqualByComparingTo("80");
        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 养护道路里程 ≥120公里 >= 120 公里", "A 产出指标 时效指标 完工时间 11月底前 - - -");
    }

    @Test
    void a_whole_table_flattened_into_one_paragraph() {
        ApprovalDocument doc = text("""
                2021年项目支出绩效目标申报表
                项目名称：农村环境整治
                项目预算：50万元
                绩效指标 一级指标 二级指标 三级指标 指标值 产出指标 数量指标 整治村庄数量≥12个 质量指标 生活垃圾无害化处理达标率100%≥98% 时效指标 完成时间 年底前 效益指标 生态效益指标 村容村貌 明显改善 满意度指标 服务对象满意度指标 村民满意度≥90%
                """);
        assertThat(doc.projects().getFirst().budget()).isEqualByComparingTo("50");
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 整治村庄数量 ≥12个 >= 12 个",
                        "A 产出指标 质量指标 生活垃圾无害化处理达标率100% ≥98% >= 98 %",
                        "A 产出指标 时效指标 完成时间 年底前 - - -",
                        "A 效益指标 生态效益指标 村容村貌 明显改善 - - -",
                        "A 满意度指标 服务对象满意度指标 村民满意度 ≥90% >= 90 %");
    }

    @Test
    void traditional_chinese_is_read_as_simplified_and_said_so() {
        ApprovalDocument doc = text("""
                2023年項目支出績效目標申報表
                項目名稱\t長者關懷服務
                項目預算\t30
                一級指標\t二級指標\t三級指標\t指標值
                產出指標\t數量指標\t服務長者人數\t≥500人
                滿意度指標\t服務對象滿意度指標\t長者滿意度\t≥90%
                """);
        assertThat(doc.projects().getFirst().name()).isEqualTo("长者关怀服务");
        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 服务长者人数 ≥500人 >= 500 人", "A 满意度指标 服务对象满意度指标 长者满意度 ≥90% >= 90 %");
        assertThat(warnings(doc)).anyMatch(w -> w.contains("Traditional Chinese"));
    }

    @Test
    void comparators_however_written_and_an_ocr_two_that_is_no_292_percent() {
        ApprovalDocument doc = text("""
                2025年项目支出绩效目标批复
                项目名称\t比较符号
                项目预算\t10
                一级指标\t二级指标\t三级指标\t指标值
                产出指标\t数量指标\t甲\t≧95%
                \t\t乙\t>=95%
                \t\t丙\t＞95%
                \t\t丁\t大于95%
                \t\t戊\t不低于95%
                \t质量指标\t己\t292%
                \t\t庚\t95%以上
                """);
        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 甲 ≧95% >= 95 %",
                        "A 产出指标 数量指标 乙 >=95% >= 95 %",
                        "A 产出指标 数量指标 丙 ＞95% > 95 %",
                        "A 产出指标 数量指标 丁 大于95% > 95 %",
                        "A 产出指标 数量指标 戊 不低于95% >= 95 %",
                        "A 产出指标 质量指标 己 ≥92% >= 92 %",
                        "A 产出指标 质量指标 庚 95%以上 >= 95 %");
        assertThat(warnings(doc)).anyMatch(w -> w.contains("\"292%\"") && w.contains("\"≥92%\""));
    }

    @Test
    void tables_named_in_their_header_row_with_the_indicator_in_a_content_column() {
        ApprovalDocument doc = read(
                "county.xlsx",
                Sheets.of(
                                "财政支出项目绩效目标申报表（2016年度）|||||",
                                "项目名称|乡村道路维护||项目属性|延续项目|",
                                "项目资金申请（万元）|资金总额：|60|财政拨款：|60|",
                                "长期绩效指标|一级指标|二级指标|指标内容|指标值|备注",
                                "|产出指标|数量指标|维护道路里程|≥300公里|",
                                "|效益指标|社会效益指标|群众出行条件|明显改善|",
                                "年度绩效指标|一级指标|二级指标|指标内容|指标值|备注",
                                "|产出指标|数量指标|维护道路里程|≥100公里|",
                                "|满意度指标|服务对象满意度指标|★沿线群众满意度|≥**%|",
                                "|||沿线群众满意度|≥90%|抽样调查")
                        .merge("A4:A6", "A7:A10")
                        .xlsx());
        assertThat(doc.projects().getFirst().budget()).isEqualByComparingTo("60");
        assertThat(indicators(doc))
                .containsExactly(
                        "L 产出指标 数量指标 维护道路里程 ≥300公里 >= 300 公里",
                        "L 效益指标 社会效益指标 群众出行条件 明显改善 - - -",
                        "A 产出指标 数量指标 维护道路里程 ≥100公里 >= 100 公里",
                        "A 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% >= 90 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.contains("≥**%") && w.contains("not filled in"))
                .anyMatch(w -> w.contains("备注") && w.contains("not imported"));
    }

    @Test
    void a_transfer_payment_self_evaluation_with_lettered_funds_columns() {
        ApprovalDocument doc = text("""
                区域（项目）绩效目标自评表
                （2021年度）
                转移支付(项目)名称 | 重大传染病防治项目 | | |
                中央主管部门 | 国家卫生健康委 | | |
                地方主管部门 | 某州卫生健康委 | 资金使用单位 | 某县卫生健康局 |
                项目资金 (万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |
                年度资金总额: | 811.54 | 811.54 | 100% |
                其中:中央财政资金 | 730.4 | 730.4 | 100.00% |
                总体目标完成情况 | 总体目标 | 全年实际完成情况 | |
                | 目标1:继续为0-6岁适龄儿童常规接种。 | 目标1:已完成常规接种。 | |
                绩效指标 | 一级 指标 | 二级指标 | 三级指标 | 指标值 | 全年实际完成值 | 未完成原因分析及改进措施
                | 产出指标 | 数量指标 | 适龄儿童免疫规划疫苗接种率 | ≥90% | 96% |
                | 效益指标 | 社会效益指标 | 传染病疫情报告及时率 | ≥95% | 100% |
                """);
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("重大传染病防治项目");
        assertThat(p.budget()).isEqualByComparingTo("811.54");
        assertThat(p.department()).isEqualTo("某州卫生健康委");
        assertThat(p.unit()).isEqualTo("某县卫生健康局");
        assertThat(p.annualGoal()).isEqualTo("目标1:继续为0-6岁适龄儿童常规接种。");
        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 适龄儿童免疫规划疫苗接种率 ≥90% >= 90 %", "A 效益指标 社会效益指标 传染病疫情报告及时率 ≥95% >= 95 %");
    }
}
