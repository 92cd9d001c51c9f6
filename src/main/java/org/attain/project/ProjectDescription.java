package org.attain.project;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A project as an approval describes it. Budget in 万元. */
public record ProjectDescription(
        String department,
        int year,
        String name,
        BigDecimal budget,
        @Nullable String projectType,
        @Nullable String fundNature,
        @Nullable String basis,
        @Nullable String longTermGoal,
        @Nullable String annualGoal) {}
