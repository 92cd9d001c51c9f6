package org.attain.importing;

import java.math.BigDecimal;
import java.util.List;
import org.attain.indicator.GoalTable;
import org.jspecify.annotations.Nullable;

/**
 * A project as read from a document, before it is stored. Budget in 万元. {@code department} is the 主管部门 and
 * {@code unit} the 预算单位 (实施单位) the document names, if it does; {@code warnings} are those found while reading
 * this project, shown beside its table in the preview.
 */
public record ProjectDraft(
        String name,
        int year,
        @Nullable BigDecimal budget,
        @Nullable String projectType,
        @Nullable String fundNature,
        @Nullable String basis,
        @Nullable String longTermGoal,
        @Nullable String annualGoal,
        List<IndicatorDraft> indicators,
        int line,
        @Nullable String department,
        @Nullable String unit,
        List<ImportProblem> warnings) {

    public ProjectDraft {
        indicators = List.copyOf(indicators);
        warnings = List.copyOf(warnings);
    }

    /** A project without a department, unit or warnings of its own (a stored project, the blank template). */
    public ProjectDraft(
            String name,
            int year,
            @Nullable BigDecimal budget,
            @Nullable String projectType,
            @Nullable String fundNature,
            @Nullable String basis,
            @Nullable String longTermGoal,
            @Nullable String annualGoal,
            List<IndicatorDraft> indicators,
            int line) {
        this(
                name,
                year,
                budget,
                projectType,
                fundNature,
                basis,
                longTermGoal,
                annualGoal,
                indicators,
                line,
                null,
                null,
                List.of());
    }

    public List<IndicatorDraft> indicators(GoalTable table) {
        return indicators.stream().filter(i -> i.table() == table).toList();
    }
}
