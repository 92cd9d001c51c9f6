package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Text tables whose rows slide left under a header that starts with a label column (绩效指标 | 一级指标 | …), the merged
 * levels written only on a block's first row, with what was achieved after the target: each row is put where its
 * level says, so the target's column holds the target. Also the cells of a row copied on lines of their own, led by a
 * pipe, a level written with its weight ("产出指标(50分)"), and a time limit written bare (a ceiling).
 */
class SlidRowsLayoutTest {

    private static ApprovalDocument read(String text) {
        return ApprovalDocuments.read("selfeval.txt", text.getBytes(StandardCharsets.UTF_8), 2023);
    }

    @Test
    void rows_slid_left_under_a_self_evaluation_header_keep_the_target_not_the_actual() {
        ApprovalDocument doc = read("""
                项目名称 | 冷库建设项目 | |
                绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
                产出指标(50分) | 数量指标 | 冷库仓储建设面积 | ≥1290平方米 | 1200平方米 | 10 | 9 |
                时效指标 | 任务完成时限(月) | 10 | 11 | 10 | 8 |
                满意度指标(10分) | 服务对象满意度指标 | 农户满意度 | ≥90% | 95% | 10 | 10 |
                """);
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 冷库仓储建设面积 ≥1290平方米 >= 1290 平方米",
                        "A 产出指标 时效指标 任务完成时限(月) 10 <= 10 -",
                        "A 满意度指标 服务对象满意度指标 农户满意度 ≥90% >= 90 %");
    }

    @Test
    void cells_on_lines_led_by_a_pipe_are_put_back_into_their_rows() {
        ApprovalDocument doc = read("""
                项目名称：消费维权宣传
                绩效
                       指标
                        | 一级指标
                        | 二级指标
                        | 三级指标
                        | 指标值
                        | 实施进度
                        |\s
                产出指标
                        | 数量指标
                        | 宣传次数
                        | ≥2次
                        | 已完成100%
                        | |
                质量指标
                        | 创建质量
                        | 按质按量完成
                        | 已完成100%
                        | ||
                满意度指标
                        | 满意度指标
                        | 群众满意度
                        | 90%
                        | 已完成100%
                        |\s
                """);
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 宣传次数 ≥2次 >= 2 次",
                        "A 产出指标 质量指标 创建质量 按质按量完成 - - -",
                        "A 满意度指标 满意度指标 群众满意度 90% >= 90 %");
    }
}
