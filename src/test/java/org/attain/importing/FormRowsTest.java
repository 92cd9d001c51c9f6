package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attain.importing.LayoutVariantsTest.indicators;
import static org.attain.importing.LayoutVariantsTest.text;
import static org.attain.importing.LayoutVariantsTest.warnings;

import org.attain.targets.TargetParser;
import org.junit.jupiter.api.Test;

/**
 * Rows of real forms around and inside the indicator table: 一级 levels carrying their weight ("产出指标(50分)"), a
 * header running on into the first indicator, and the signature and remarks blocks below the table, which are no
 * indicators.
 */
class FormRowsTest {

    @Test
    void a_flattened_self_evaluation_whose_levels_carry_their_weight() {
        ApprovalDocument doc = text("项目支出绩效自评表 (2023年度) 项目名称 道路养护 主管部门 某镇人民政府 绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分"
                + " 产出指标(50分) 数量指标 养护道路里程 ≥12公里 12 10 10 质量指标 养护合格率 ≥95% 96% 10 10"
                + " 效益指标(30分) 社会效益指标 群众出行条件 明显改善 达成预期指标 10 10\n");

        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 养护道路里程 ≥12公里 >= 12 公里",
                        "A 产出指标 质量指标 养护合格率 ≥95% >= 95 %",
                        "A 效益指标 社会效益指标 群众出行条件 明显改善 - - -");
    }

    @Test
    void a_level_written_with_spaces_between_its_characters_and_its_weight_is_one_cell() {
        ApprovalDocument doc = text("""
                2023年项目支出绩效目标表
                项目名称 | 道路养护 |
                一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 |
                产 出 指 标 (50分) |
                数量指标 | 养护道路里程 | 10 | 12公里 | 12公里 | 10 |
                效 益 指 标 (30分) |
                社会效益指标 | 受益人口数量 | 10 | 90人 | 90人 | 10 |
                """);

        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 养护道路里程 12公里 = 12 公里", "A 效益指标 社会效益指标 受益人口数量 90人 >= 90 人");
        assertThat(String.join("\n", warnings(doc))).doesNotContain("\"标\"", "\"产\"");
    }

    @Test
    void signature_and_remarks_blocks_below_the_table_are_no_indicators_and_are_named() {
        ApprovalDocument doc = text("""
                2023年项目支出绩效目标表
                项目名称 道路养护
                一级指标 二级指标 三级指标 指标值
                产出指标 数量指标 养护道路里程 ≥12公里
                产出指标 质量指标 合同签字(盖章)完成率 100%
                其他需要说明事项 无
                财政部门支出股室初审意见 (盖章)
                财政资金管理科室(盖章) 年 月 日
                """);

        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 养护道路里程 ≥12公里 >= 12 公里", "A 产出指标 质量指标 合同签字(盖章)完成率 100% >= 100 %");
        assertThat(warnings(doc))
                .anyMatch(w -> w.contains("其他需要说明事项 无") && w.contains("not imported"))
                .anyMatch(w -> w.contains("财政部门支出股室初审意见 (盖章)"))
                .anyMatch(w -> w.contains("财政资金管理科室(盖章) 年 月 日"));
    }

    @Test
    void an_indicator_on_the_line_of_the_header_is_read() {
        ApprovalDocument doc = text("""
                2023年项目支出绩效目标表
                项目名称 | 道路养护 |
                | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 养护道路里程 | ≧ | 12 | 公里 |
                | 质量指标 | 养护合格率 | ≧ | 95 | % |
                """);

        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 养护道路里程 ≧12公里 >= 12 公里", "A 产出指标 质量指标 养护合格率 ≧95% >= 95 %");
    }

    @Test
    void a_latin_unit_in_capitals_and_a_sentence_in_a_cell_of_its_own_are_targets() {
        ApprovalDocument doc = text("""
                (2023年度) | ||||
                项目名称 | 雾炮车购置 | |||
                绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
                产出指标 | 质量指标 | 雾炮车风炮射程 | ≥80M | |
                效益指标 | 社会效益指标 | 扬尘治理成效 | 显著改善了城区主次干道的扬尘污染状况,大力提升了城市环境卫生质量。 | |
                """);

        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 质量指标 雾炮车风炮射程 ≥80M >= 80 M",
                        "A 效益指标 社会效益指标 扬尘治理成效 显著改善了城区主次干道的扬尘污染状况,大力提升了城市环境卫生质量。 - - -");
        // without a column to say so, the shape decides: a Latin unit in capitals, 公斤
        assertThat(TargetParser.looksLikeTarget("≥80M")).isTrue();
        assertThat(TargetParser.looksLikeTarget("3500公斤")).isTrue();
    }

    @Test
    void a_merged_category_cell_surfacing_in_the_middle_of_its_block_keeps_the_subcategory_above() {
        ApprovalDocument doc = text("""
                2022年项目支出绩效目标批复表
                项目名称 | 主体班 |
                一级指标 | 二级指标 | 三级指标 | 指标值 |
                数量指标 | 主体班培训人次 | 280人次 |
                产出指标 | 开设课程数量 | 220 |
                质量指标 | 培训完成率 | 100% |
                """);

        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 主体班培训人次 280人次 >= 280 人次",
                        "A 产出指标 数量指标 开设课程数量 220 >= 220 -",
                        "A 产出指标 质量指标 培训完成率 100% >= 100 %");
    }

    @Test
    void a_run_together_name_ending_in_its_qualitative_target_is_cut_before_it() {
        ApprovalDocument doc = text("""
                2021年项目支出绩效目标表
                项目名称：农村学校改造
                绩效指标一级指标二级指标指标内容指标值
                产出指标数量指标学校改造覆盖率100%
                效益指标可持续影响指标义务教育优质均衡发展情况稳步提高
                """);

        assertThat(indicators(doc))
                .containsExactly("A 产出指标 数量指标 学校改造覆盖率 100% >= 100 %", "A 效益指标 可持续影响指标 义务教育优质均衡发展情况 稳步提高 - - -");
    }

    @Test
    void one_cell_per_line_a_target_of_an_unusual_form_before_the_next_level_is_the_target() {
        ApprovalDocument doc = text("""
                2020年项目支出绩效目标表
                项目名称
                高标准农田建设
                一级指标
                二级指标
                三级指标
                指标值
                产出指标
                成本指标
                建设项目成本
                参照政府采购成本控制
                效益指标
                经济效益指标
                年增粮食
                3500公斤
                社会效益指标
                带动就业人数
                ≥500人
                """);

        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 成本指标 建设项目成本 参照政府采购成本控制 - - -",
                        "A 效益指标 经济效益指标 年增粮食 3500公斤 = 3500 公斤",
                        "A 效益指标 社会效益指标 带动就业人数 ≥500人 >= 500 人");
        assertThat(warnings(doc)).anyMatch(w -> w.contains("参照政府采购成本控制"));
    }

    @Test
    void a_group_row_giving_only_a_weight_and_a_score_is_an_indicator_without_a_target() {
        ApprovalDocument doc = text("""
                2023年项目支出绩效自评表
                项目名称 特色种养殖补贴到户项目
                一级指标 二级指标 三级指标 分值 年度指标值 全年实际值 得分
                产出指标 数量指标 ★补助各类瓜果蔬菜种植面积 10 10
                        梨树种植面积 6亩 6亩
                        桃种植面积 1亩 1亩
                """);

        assertThat(indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 补助各类瓜果蔬菜种植面积  - - -", "A 产出指标 数量指标 梨树种植面积 6亩 = 6 亩", "A 产出指标 数量指标 桃种植面积 1亩 = 1 亩");
        assertThat(warnings(doc)).anyMatch(w -> w.contains("补助各类瓜果蔬菜种植面积") && w.contains("no target"));
    }

    @Test
    void a_project_row_slid_one_column_left_starts_its_project_with_its_budget() {
        ApprovalDocument doc = text("""
                | 部门预算项目绩效目标申报表(2023年度) | |
                | 金额单位:元 | |
                | 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标值 |
                | 001-某镇人民政府 | 村组干部报酬 | 300,000.00 | 按时发放 | 产出指标 | 数量指标 | 村组干部人数 | 230人 |
                | 基层组织活动经费 | 660,000.00 | 保障村社区正常运转 | 产出指标 | 数量指标 | 行政村数量 | 11个 |
                """);

        assertThat(doc.projects()).extracting(ProjectDraft::name).containsExactly("村组干部报酬", "基层组织活动经费");
        assertThat(doc.projects().getLast().budget()).isEqualByComparingTo("66");
        assertThat(doc.projects().getLast().indicators())
                .extracting(IndicatorDraft::name)
                .containsExactly("行政村数量");
    }
}
