package org.attain.importing.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.importing.ImportProblem;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.ProjectDraft;
import org.attain.importing.read.Cell;
import org.jspecify.annotations.Nullable;

/** A project while its document is being read: the fields found so far and its indicators. */
final class ProjectBuilder {

    final Cell start;
    int year;
    final List<IndicatorDraft> indicators = new ArrayList<>();
    /** Where each indicator's name was found, by table and name: a second one is refused naming both. */
    final Map<String, Integer> indicatorLines = new HashMap<>();

    @Nullable
    String name;

    @Nullable
    BigDecimal budget;

    @Nullable
    String projectType;

    @Nullable
    String fundNature;

    @Nullable
    String basis;

    @Nullable
    String longTermGoal;

    @Nullable
    String annualGoal;

    @Nullable
    String department;

    @Nullable
    String unit;

    ProjectBuilder(Cell start, int year) {
        this.start = start;
        this.year = year;
    }

    ProjectDraft build(List<ImportProblem> warnings) {
        return new ProjectDraft(
                name,
                year,
                budget,
                projectType,
                fundNature,
                basis,
                longTermGoal,
                annualGoal,
                List.copyOf(indicators),
                start.line(),
                department,
                unit,
                warnings);
    }

    static String join(@Nullable String a, String b) {
        return a == null ? b : a + "\n" + b;
    }
}
