package org.attain.report;

import static org.attain.report.PaperWords.t;

import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The names files are saved under, in Chinese as an office files them: "2025年1-6月绩效运行监控表.xlsx", and for one
 * project "2025年1-6月绩效运行监控表（协理员专项补助）.pdf". Without extension; never a character a file system refuses.
 */
public final class PaperNames {

    private PaperNames() {}

    public static String monitoring(Checkpoint at, @Nullable String project) {
        return of(t("paper.file.monitoring", at.year(), Cells.ZH.text(at)), project);
    }

    /** The final self-evaluation at 1-12月, before that the projected one. */
    public static String selfEvaluation(Checkpoint at, @Nullable String project) {
        return of(
                at.isYearEnd()
                        ? t("paper.file.self.final", at.year())
                        : t("paper.file.self.projected", at.year(), Cells.ZH.text(at)),
                project);
    }

    public static String briefing(Checkpoint at) {
        return of(t("paper.file.briefing", at.year(), Cells.ZH.text(at)), null);
    }

    public static String minutes(Checkpoint at) {
        return of(t("paper.file.minutes", at.year(), Cells.ZH.text(at)), null);
    }

    public static String targets(int year, String project) {
        return of(t("paper.file.targets", year), project);
    }

    private static String of(String document, @Nullable String project) {
        String name = project == null ? document : t("paper.file.ofProject", document, project);
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
    }
}
