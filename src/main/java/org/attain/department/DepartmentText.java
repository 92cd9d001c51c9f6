package org.attain.department;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.attain.assessment.DepartmentEvaluation;
import org.attain.i18n.MessagesI18NProvider.Messages;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/** The words of the department-wide self-evaluation in the reader's language: the page and the papers say the same. */
public final class DepartmentText {

    private DepartmentText() {}

    /** "部门整体：预算 335 万元，执行 176.9 万元（52.8%）；加权得分 86.4 · 良". */
    public static String headline(DepartmentEvaluation e, Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String score = e.score() == null ? "—" : e.score().stripTrailingZeros().toPlainString();
        String grade = e.score() == null
                ? "—"
                : e.grade() == null
                        ? Messages.get("self.grade.none", locale)
                        : (en ? Texts.english() : Texts.chinese()).text(e.grade());
        return Messages.get(
                e.isProjection() ? "department.headline.projected" : "department.headline",
                locale,
                e.department(),
                plain(e.budget()),
                plain(e.executed()),
                pct(e.executionRate()),
                score,
                grade);
    }

    public static String profile(DepartmentEvaluation e, Locale locale) {
        return Messages.get(
                "self.profile",
                locale,
                Messages.get("scoring.profile." + e.profile().code(), locale));
    }

    public static String pct(@Nullable BigDecimal share) {
        return share == null
                ? "—"
                : share.multiply(BigDecimal.valueOf(100))
                                .setScale(1, RoundingMode.HALF_UP)
                                .stripTrailingZeros()
                                .toPlainString()
                        + "%";
    }

    private static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
