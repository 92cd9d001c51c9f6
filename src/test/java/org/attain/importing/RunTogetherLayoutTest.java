package org.attain.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A target table copied from a web page with its cells run together: the project name glued to its label, a year line
 * that lost a bracket, indicator lines glued to their level and target, a core indicator starred and a blank left by
 * the filler in a name. Invented text in the layout of such pages, not a corpus document.
 */
class RunTogetherLayoutTest {

    private static final String PAGE = String.join(
            "\n",
            "绩效目标表",
            "2024年度)",
            "项目名称乡村道路养护补助资金",
            "项目主管部门某县交通运输局项目执行单位某县公路事务中心",
            "年度资金总额:30",
            "总体目标年度目标",
            "完成乡村道路日常养护，保障群众安全出行。",
            "绩效指标一级指标二级指标指标内容指标值",
            "产出指标数量指标养护道路里程≥120公里",
            "质量指标养护路段验收合格率100%",
            "养护工程优良率≥90%",
            "时效指标*养护任务按时完成率100%",
            "效益指标社会效益指标受益群众人数≥人≥5000人",
            "满意度指标服务对象满意度指标沿线群众满意度≥90%");

    @Test
    void a_page_with_its_cells_run_together_is_read_line_by_line() {
        ApprovalDocument doc = LayoutVariantsTest.text(PAGE);
        ProjectDraft p = doc.projects().getFirst();
        assertThat(p.name()).isEqualTo("乡村道路养护补助资金");
        assertThat(p.year()).isEqualTo(2024);
        assertThat(LayoutVariantsTest.indicators(doc))
                .contains(
                        "A 产出指标 数量指标 养护道路里程 ≥120公里 >= 120 公里",
                        "A 产出指标 质量指标 养护路段验收合格率 100% >= 100 %",
                        "A 产出指标 质量指标 养护工程优良率 ≥90% >= 90 %",
                        "A 产出指标 时效指标 养护任务按时完成率 100% >= 100 %",
                        "A 效益指标 社会效益指标 受益群众人数 ≥5000人 >= 5000 人",
                        "A 满意度指标 服务对象满意度指标 沿线群众满意度 ≥90% >= 90 %");
    }

    @Test
    void a_name_label_followed_by_more_label_is_no_name() {
        // "项目名称及项目编码" is a label of its own, not the label 项目名称 glued to a project named 及项目编码
        String page = PAGE.replace("项目名称乡村道路养护补助资金", "项目名称及项目编码");
        assertThatThrownBy(() -> LayoutVariantsTest.text(page)).isInstanceOf(ImportException.class);
    }
}
