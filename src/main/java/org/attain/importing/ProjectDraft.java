package org.attain.importing;

import java.math.BigDecimal;
import java.util.List;
import org.attain.indicator.GoalTable;
import org.jspecify.annotations.Nullable;

/** A project as read from a document, before it is stored. Budget in 万元. */
public record ProjectDraft(String name, int year, @Nullable BigDecimal budget, @Nullable String projectType,
        @Nullable String fundNature, @Nullable String basis, @Nullable String longTermGoal,
        @Nullable String annualGoal, List<IndicatorDraft> indicators, int line) {

    public List<IndicatorDraft> indicators(GoalTable table) {
        return indicators.stream().filter(i -> i.table() == table).toList();
    }
}
