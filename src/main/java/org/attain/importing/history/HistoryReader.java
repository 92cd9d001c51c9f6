package org.attain.importing.history;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.ApprovalDocument;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.IndicatorDraft;
import org.attain.importing.ProjectDraft;
import org.attain.importing.layout.ApprovalLayout;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Documents;
import org.attain.importing.read.Format;
import org.attain.importing.read.SourceDocument;
import org.attain.indicator.GoalTable;
import org.attain.status.Checkpoint;

/**
 * Reads an earlier year's self-evaluation table (自评表) or monitoring table (监控表): the projects and their approved
 * targets as the target import finds them, then per project its funds block and per annual indicator what the
 * document states beside the target. A document that is neither table, or a monitoring table that names no month, is
 * refused; a value that cannot be read is a warning at its place, and the value is left out.
 */
public final class HistoryReader {

    private static final Pattern SELF_EVALUATION = Pattern.compile(".*自评.*");
    private static final Pattern MONITORING = Pattern.compile(".*(?:监控|执行情况).*");

    private HistoryReader() {}

    public static HistoryDocument read(String fileName, byte[] bytes) {
        SourceDocument source = Documents.read(fileName, bytes);
        List<Cell> cells = Flat.of(source);
        HistoryKind kind = kind(fileName, cells);
        ApprovalDocument approved = ApprovalLayout.read(source);
        List<ImportProblem> warnings = new ArrayList<>(approved.warnings());
        List<StatedProject> projects = new ArrayList<>();
        int from = 0;
        for (ProjectDraft p : approved.projects()) {
            boolean strict = source.format() != Format.TEXT;
            Header header = Header.find(cells, from, strict);
            if (header == null) {
                throw new ImportException(fileName, ImportProblem.of(p.line(), "history.refused.noValues", p.name()));
            }
            if (kind == HistoryKind.MONITORING && header.month() == 0) {
                throw new ImportException(fileName, ImportProblem.of(p.line(), "history.refused.noMonth", p.name()));
            }
            StatedBudget budget = FundsBlock.read(cells, from, header.start(), strict);
            Checkpoint at = kind == HistoryKind.SELF_EVALUATION
                    ? Checkpoint.yearEnd(p.year())
                    : new Checkpoint(p.year(), header.month());
            List<StatedIndicator> stated = new ArrayList<>();
            int pos = header.end();
            List<IndicatorDraft> annual = new ArrayList<>();
            List<IndicatorDraft> kept = new ArrayList<>();
            for (IndicatorDraft i : p.indicators()) {
                if (statedValue(i)) {
                    warnings.add(ImportProblem.of(
                            i.line(),
                            "history.warn.valueNotIndicator",
                            ImportProblem.quote(i.name() + " " + i.target().text())));
                    continue;
                }
                kept.add(i);
                if (i.table() == GoalTable.ANNUAL) {
                    annual.add(i);
                }
            }
            for (int k = 0; k < annual.size(); k++) {
                IndicatorDraft i = annual.get(k);
                int at0 = RowCells.locate(cells, pos, i);
                if (at0 < 0) {
                    warnings.add(ImportProblem.of(i.line(), "history.warn.rowNotFound", ImportProblem.quote(i.name())));
                    stated.add(IndicatorValues.none(i));
                    continue;
                }
                int next = k + 1 < annual.size() ? RowCells.locate(cells, at0 + 1, annual.get(k + 1)) : -1;
                RowCells.Found found = RowCells.read(cells, at0, next, i, header);
                stated.add(IndicatorValues.of(i, found, cells.get(at0), warnings));
                pos = found.end();
            }
            if (stated.stream().noneMatch(StatedIndicator::statesAnything)) {
                throw new ImportException(fileName, ImportProblem.of(p.line(), "history.refused.noValues", p.name()));
            }
            StatedTotal total = kind == HistoryKind.SELF_EVALUATION ? FundsBlock.total(cells, pos) : null;
            projects.add(new StatedProject(cleaned(p, budget, kept), kind, at, budget, stated, total));
            from = pos;
        }
        return new HistoryDocument(fileName, kind, projects, warnings, digest(bytes));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static HistoryKind kind(String fileName, List<Cell> cells) {
        for (Cell c : cells.subList(0, Math.min(cells.size(), 400))) {
            if (SELF_EVALUATION.matcher(c.text()).matches()) {
                return HistoryKind.SELF_EVALUATION;
            }
        }
        for (Cell c : cells) {
            if (MONITORING.matcher(c.text()).matches() && Column.month(c.text()) > 0
                    || c.text().contains("监控")) {
                return HistoryKind.MONITORING;
            }
        }
        throw new ImportException(fileName, ImportProblem.of(0, "history.refused.notHistory"));
    }

    /**
     * A level and a number read as an indicator and its target ("达成 10" after 及时, when a text table's 实际完成值 and
     * 分值 follow a qualitative target): the stated values of the indicator before it, not an indicator.
     */
    private static boolean statedValue(IndicatorDraft i) {
        return StatedValues.level(i.name()) != null
                && StatedValues.plainNumber(i.target().text());
    }

    /**
     * The project without what was no indicator; one whose budget the target import did not find takes the funds
     * block's (全年预算数, else 年初预算数).
     */
    private static ProjectDraft cleaned(ProjectDraft p, StatedBudget budget, List<IndicatorDraft> kept) {
        BigDecimal stated = budget.budget();
        boolean ownBudget = p.budget() != null && p.budget().signum() > 0 || stated == null;
        return new ProjectDraft(
                p.name(),
                p.year(),
                ownBudget ? p.budget() : stated,
                p.projectType(),
                p.fundNature(),
                p.basis(),
                p.longTermGoal(),
                p.annualGoal(),
                kept,
                p.line(),
                p.department(),
                p.unit(),
                p.warnings());
    }
}
