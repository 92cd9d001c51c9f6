package org.attain.project;

import java.math.BigDecimal;

/** One row of the project list, aggregated in SQL. Budget in 万元. */
public record ProjectSummary(
        long id,
        String name,
        String department,
        int year,
        BigDecimal budget,
        int annualIndicators,
        int longTermIndicators) {}
