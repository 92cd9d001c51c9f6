package org.attain.department.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.attain.KaribuTest;
import org.attain.assessment.DepartmentEvaluation;
import org.attain.assessment.SelfEvaluation;
import org.attain.department.DepartmentEvaluations;
import org.attain.portfolio.SelfEvaluationService;
import org.attain.portfolio.StatusService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's 1-6月: seven projects of 鄂州市总工会, 335 万元, 176.9 万元 spent. */
class DepartmentViewTest extends KaribuTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    DepartmentEvaluations evaluations;

    @Autowired
    SelfEvaluationService selfEvaluation;

    @Autowired
    StatusService status;

    @Test
    @SuppressWarnings("unchecked")
    void the_department_rolls_its_projects_up_weighted_by_budget_and_lists_their_shortfalls() throws Exception {
        login("leader", Role.LEADER);
        navigateTo("department?checkpoint=2025-06");
        DepartmentEvaluation e = evaluations.evaluate("鄂州市总工会", JUNE);
        // the same scores as the per-project self-evaluations, weighted by each project's budget
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal budget = BigDecimal.ZERO;
        for (SelfEvaluation s :
                selfEvaluation.evaluate(status.approvedPortfolio(JUNE).projects())) {
            if (s.hasScore()) {
                weighted = weighted.add(s.total().multiply(s.annualBudget()));
                budget = budget.add(s.annualBudget());
            }
        }
        assertThat(e.score()).isEqualByComparingTo(weighted.divide(budget, 2, RoundingMode.HALF_UP));
        String score = e.score().stripTrailingZeros().toPlainString();
        assertThat(_get(Paragraph.class, s -> s.withId("department-headline")).getText())
                .isEqualTo("鄂州市总工会：预算 335 万元，执行 176.9 万元（52.8%）；按预算加权预计得分 " + score + " · "
                        + org.attain.i18n.Texts.chinese().text(e.grade()));
        Grid<DepartmentEvaluation.ProjectLine> grid = _get(Grid.class, s -> s.withId("department-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(7);
        assertThat(_get(UnorderedList.class, s -> s.withId("department-shortfalls"))
                        .getElement()
                        .getTextRecursively())
                .contains("鄂州市困难职工常态化帮扶及送温暖专项资金 · 预算执行 — 红：1-6月执行 35万元，执行率 29.17%");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(evaluations.xlsx("鄂州市总工会", JUNE)))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("2025年部门整体绩效自评表（预计，按 1-6月 预测）");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .startsWith("鄂州市总工会：预算 335 万元");
        }
        assertThat(new String(evaluations.pdf("鄂州市总工会", JUNE), 0, 5)).isEqualTo("%PDF-");
    }
}
