package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A whole form flattened into one run of text without separators, as OCR or a copied document preview gives it: the
 * labels, the header and every cell glued together. Invented text in the layouts of such pages, not corpus documents.
 */
class FlatTableLayoutTest {

    /** A self-evaluation table: 分值, 年度指标值, 实际值 and 得分 glued to the indicator's name. */
    private static final String SELF_EVALUATION = "附件:项目支出绩效自评表(2023年度)项目名称村道路灯安装项目负责人及电话张三13900000000"
            + "主管部门某县交通运输局实施单位某县公路事务中心资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
            + "年度资金总额:303010100.00%10绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及改进措施"
            + "产出指标(60分)数量指标安装路灯数量20≥120盏≥120盏20灯杆高度10≥6米≥6米10质量指标验收合格率20100%100%20"
            + "成本指标项目计划总投资1030万元30万元10效益指标(30分)社会效益指标夜间出行条件改善情况20明显改善明显改善20"
            + "满意度指标(10分)服务对象满意度指标沿线群众满意度10≥90%≥95%10总分100100";

    /** A target table: an explanation "反映…" between the name and the target, no 一级 written. */
    private static final String TARGET_TABLE = "某市2024年项目支出绩效目标表项目名称机关食堂运行保障项目类别本级支出项目"
            + "绩效指标一级指标二级指标绩效标准当年预期实现值数量指标供餐天数反映食堂全年供餐情况250天"
            + "供餐人次反映就餐人数情况5000人次质量指标食品安全检查合格率反映食品安全情况100%";

    @Test
    void a_self_evaluation_run_together_is_cut_at_its_levels_and_its_header() {
        ApprovalDocument doc = LayoutVariantsTest.text(SELF_EVALUATION);
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("村道路灯安装");
        assertThat(p.year()).isEqualTo(2023);
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 安装路灯数量 ≥120盏 >= 120 盏",
                        "A 产出指标 数量指标 灯杆高度 ≥6米 >= 6 米",
                        "A 产出指标 质量指标 验收合格率 100% >= 100 %",
                        "A 产出指标 成本指标 项目计划总投资 30万元 <= 30 万元",
                        "A 效益指标 社会效益指标 夜间出行条件改善情况 明显改善 - - -",
                        "A 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% >= 90 %");
        List<String> warnings = doc.warnings().stream()
                .map(w -> w.message(Locale.SIMPLIFIED_CHINESE))
                .toList();
        // the weight glued to the target is cut and said so; the columns left out and the total are named
        assertThat(warnings).anyMatch(w -> w.contains("验收合格率") && w.contains("20 100% 100% 20"));
        assertThat(warnings).anyMatch(w -> w.contains("分值、实际值、得分"));
        assertThat(warnings).anyMatch(w -> w.contains("总分100100"));
    }

    @Test
    void a_target_table_run_together_leaves_its_explanations_out() {
        ApprovalDocument doc = LayoutVariantsTest.text(TARGET_TABLE);
        assertThat(doc.projects().getFirst().name()).isEqualTo("机关食堂运行保障");
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 供餐天数 250天 >= 250 天",
                        "A 产出指标 数量指标 供餐人次 5000人次 >= 5000 人次",
                        "A 产出指标 质量指标 食品安全检查合格率 100% >= 100 %");
    }

    @Test
    void a_scanned_form_goes_on_after_its_page_number_and_a_row_it_cannot_cut_is_named() {
        String page = "2021年度项目自评表项目名称农机购置补贴主管部门某区农业农村局二级指标三级指标年初目标值(A)实际完成值(B)得分"
                + "数量指标补贴农机台数4420质量指标补贴发放率100%100%20时效指标11月底之前完成10\n"
                + "2、0%100%10满意度指标农户满意度较高满意";
        ApprovalDocument doc = LayoutVariantsTest.text(page);
        assertThat(LayoutVariantsTest.indicators(doc))
                .containsExactly(
                        "A 产出指标 数量指标 补贴农机台数 4 >= 4 -",
                        "A 产出指标 质量指标 补贴发放率 100% >= 100 %",
                        "A 产出指标 时效指标 11月底之前完成 100% >= 100 %");
        List<String> warnings = doc.warnings().stream()
                .map(w -> w.message(Locale.SIMPLIFIED_CHINESE))
                .toList();
        assertThat(warnings).anyMatch(w -> w.contains("“2、”"));
        assertThat(warnings).anyMatch(w -> w.contains("补贴农机台数") && w.contains("4 4 20"));
        assertThat(warnings).anyMatch(w -> w.contains("农户满意度较高满意"));
    }

    @Test
    void a_form_without_a_name_label_is_named_after_its_title_and_said_so() {
        String page =
                "1、2021年度农机购置补贴项目自评表单位名称:农业科填报日期:二级指标三级指标年初目标值(A)实际完成值(B)得分" + "数量指标补贴农机台数44个20质量指标补贴发放率100%100%20";
        ApprovalDocument doc = LayoutVariantsTest.text(page);
        assertThat(doc.projects().getFirst().name()).isEqualTo("农机购置补贴");
        assertThat(doc.projects().getFirst().year()).isEqualTo(2021);
        assertThat(doc.warnings().stream().map(w -> w.message(Locale.SIMPLIFIED_CHINESE)))
                .anyMatch(w -> w.contains("标题") && w.contains("农机购置补贴"));
    }

    @Test
    void a_long_run_of_numbers_and_words_is_cut_in_bounded_time() {
        StringBuilder page = new StringBuilder("项目名称某项目(2022年度)一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标数量指标");
        for (int i = 0; i < 60; i++) {
            page.append("指标").append(i).append("12").append(i % 7).append("个5").append(i);
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            try {
                LayoutVariantsTest.text(page.toString());
            } catch (ImportException e) {
                // refused or not, it ends
            }
        });
    }
}
