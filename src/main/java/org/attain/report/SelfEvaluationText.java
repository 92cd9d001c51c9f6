package org.attain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.attain.assessment.Basis;
import org.attain.assessment.ScoreRow;
import org.attain.assessment.SelfEvaluation;
import org.attain.i18n.MessagesI18NProvider.Messages;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The words of a self-evaluation in the reader's locale, from the message bundles: whether it is the projected or the
 * final score, its headline, what was left unscored, each line's value and formula. The self-evaluation page, the
 * project page and the exports all use these, so that they say the same thing.
 */
public final class SelfEvaluationText {

    private SelfEvaluationText() {}

    /** "预计自评得分（按 1-6月 预测）" or "年末自评得分（最终）". */
    public static String label(SelfEvaluation e, Locale locale) {
        return e.isProjection()
                ? Messages.get("self.score.projected", locale, e.checkpoint())
                : Messages.get("self.score.final", locale);
    }

    /** "预计自评得分（按 1-6月 预测） 97.17 · 优", or the label and a dash when nothing could be scored yet. */
    public static String headline(SelfEvaluation e, Locale locale) {
        if (!e.hasScore()) {
            return Messages.get("self.headline.none", locale, label(e, locale));
        }
        return Messages.get("self.headline", locale, label(e, locale), plain(e.total()), grade(e, locale));
    }

    /** The grade of the total ("优"), "不定等级" under a profile that grades nothing, or a dash with no score. */
    public static String grade(SelfEvaluation e, Locale locale) {
        if (!e.hasScore()) {
            return "—";
        }
        return e.isGraded() ? Texts.of(locale).text(e.grade()) : Messages.get("self.grade.none", locale);
    }

    /** "评分方案：全国通用（财预〔2020〕10号）": the scoring profile the table was scored by. */
    public static String profile(SelfEvaluation e, Locale locale) {
        return Messages.get(
                "self.profile",
                locale,
                Messages.get("scoring.profile." + e.profile().code(), locale));
    }

    /** How many lines were not scored and what that did to the total; null when every line was scored. */
    public static @Nullable String unscoredNote(SelfEvaluation e, Locale locale) {
        int n = e.unscored();
        if (n == 0) {
            return null;
        }
        if (!e.isProjection()) {
            return Messages.get("self.unscored.final", locale, String.valueOf(n));
        }
        if (e.isScaled()) {
            return Messages.get(
                    "self.unscored.scaled",
                    locale,
                    String.valueOf(n),
                    plain(e.scoredWeight()),
                    plain(e.points()),
                    plain(e.possibleWeight()));
        }
        return Messages.get("self.unscored.projected", locale, String.valueOf(n));
    }

    /** The title of an exported table, projected or final. */
    public static String title(SelfEvaluation e, Locale locale) {
        return e.isProjection()
                ? Messages.get(
                        "self.export.title.projected", locale, e.checkpoint().year(), e.checkpoint())
                : Messages.get("self.export.title.final", locale, e.checkpoint().year());
    }

    /** The value a line was scored on: "560人", "达成", "287人（1-6月实际，无预计）", or "未填报". */
    public static String value(SelfEvaluation e, ScoreRow r, Locale locale) {
        if (!r.isReported()) {
            return Messages.get("self.notReported", locale);
        }
        String shown = r.level() != null
                ? Texts.of(locale).text(r.level())
                : plain(r.value()) + (r.unit() == null ? "" : r.unit());
        return e.isProjection() && r.source() == Basis.ACTUAL
                ? Messages.get("self.value.fromActual", locale, shown, e.checkpoint())
                : shown;
    }

    /** The score of a line as shown: its points, or a dash for a projected line that was not scored. */
    public static String score(SelfEvaluation e, ScoreRow r) {
        return e.isProjection() && !r.score().scored() ? "—" : plain(r.score().score());
    }

    /** Points as the official table prints them, with two decimals: 12.5 → "12.50". */
    public static String points(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The score of a line as the official table prints it: two decimals, or a dash for a projected line not scored. */
    public static String shownScore(SelfEvaluation e, ScoreRow r) {
        return e.isProjection() && !r.score().scored() ? "—" : points(r.score().score());
    }

    /** The formula of a line with the level of a qualitative one, or why it was not scored. */
    public static String formula(SelfEvaluation e, ScoreRow r, Locale locale) {
        if (!r.score().scored()) {
            return Messages.get(e.isProjection() ? "self.formula.notScored" : "self.formula.zero", locale);
        }
        if (r.level() == null) {
            return r.score().formula();
        }
        return Messages.get(
                r.score().defaulted() ? "self.formula.levelDefault" : "self.formula.level",
                locale,
                r.score().formula(),
                r.level());
    }

    /** The budget line's formula, or why it was not scored. */
    public static String budgetFormula(SelfEvaluation e, Locale locale) {
        if (!e.budgetScore().scored()) {
            return Messages.get(e.isProjection() ? "self.formula.notScored" : "self.formula.zero", locale);
        }
        return e.budgetScore().formula();
    }

    /** "预算执行率" or, for a projection from the forecast spending, "预算执行率（按全年预计执行数）". */
    public static String budgetLabel(SelfEvaluation e, Locale locale) {
        return Messages.get(
                e.isProjection() && e.budgetSource() == Basis.FORECAST ? "self.budget.forecast" : "self.budget",
                locale);
    }

    static String plain(@Nullable BigDecimal v) {
        if (v == null) {
            return "";
        }
        return (v.scale() > 2 ? v.setScale(2, RoundingMode.HALF_UP) : v)
                .stripTrailingZeros()
                .toPlainString();
    }
}
