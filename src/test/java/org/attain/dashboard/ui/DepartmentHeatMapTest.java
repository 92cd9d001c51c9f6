package org.attain.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attain.portfolio.PortfolioHeat.Cell;
import org.junit.jupiter.api.Test;

class DepartmentHeatMapTest {

    @Test
    void cells_add_up_per_group_and_the_department_with_the_largest_share_comes_first() {
        List<Map.Entry<String, int[][]>> rows = DepartmentHeatMap.rows(List.of(
                new Cell("甲", "数量指标", 1, 10),
                new Cell("甲", "经济效益指标", 1, 4),
                new Cell("甲", "社会效益指标", 2, 6),
                new Cell("甲", null, 0, 3),
                new Cell("乙", "数量指标", 5, 10),
                new Cell("乙", "未知指标", 9, 9)));
        assertThat(rows).extracting(Map.Entry::getKey).containsExactly("乙", "甲");
        int[][] a = rows.get(1).getValue();
        assertThat(a[0]).containsExactly(1, 10); // 数量
        assertThat(a[4]).containsExactly(3, 10); // 效益: economic and social together
        assertThat(a[6]).containsExactly(0, 3); // the budget, last
        assertThat(rows.get(0).getValue()[1]).containsExactly(0, 0); // no 质量 indicators; an unknown group is left out
    }
}
