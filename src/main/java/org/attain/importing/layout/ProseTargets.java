package org.attain.importing.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Part;
import org.attain.importing.read.Row;
import org.attain.indicator.GoalTable;
import org.attain.targets.TargetParser;
import org.jspecify.annotations.Nullable;

/**
 * The targets of a document that states them in sentences instead of a table (a published 绩效目标设定的公示: "一、产出指标
 * ⏎ 数量指标：种植数量(≥**株)>=17600株；种植作物成活率>=85；时效指标：完成及时率>=100%。"). A line is read when a level
 * word of the {@link Vocabulary} leads one of its clauses (before a colon or a comma); its clauses (cut at ；and 。) then
 * hold indicators, each a name and the target that ends it, several in a clause cut at commas — a piece without a
 * target belongs to the next one's name ("补助各类瓜果蔬菜种植数量,黄金蜜(葡萄)种植数量>=17600株"). A name followed by a known
 * qualitative word is that name and target ("生态修复功能提高"). The pieces go through an {@link IndicatorTable} as cells,
 * so names are cleaned, levels carried and targets parsed as in a table.
 */
final class ProseTargets {

    private static final Pattern CLAUSE = Pattern.compile("[；;。]");
    private static final Pattern PIECE = Pattern.compile("[,，]");
    /** A level word and what follows it: "数量指标：", "服务对象满意度指标，", "一、 产出指标". */
    private static final Pattern LABEL = Pattern.compile("^\\s*([^,，:：]{2,16}?)\\s*(?:[:：,，]|$)");
    /** The template's placeholders in a name ("(≥**株)"), kept out of the search for the target. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[（(][^（）()]*[*＊]{2,}[^（）()]*[）)]");

    private final IndicatorTable table;
    private boolean reading;

    private ProseTargets(IndicatorTable table) {
        this.table = table;
    }

    /** Reads the sentences of a part into the project's annual table; the number of lines read as targets. */
    static int read(Part part, ProjectBuilder project, Problems problems) {
        ProseTargets prose = new ProseTargets(new IndicatorTable(GoalTable.ANNUAL, project, problems, false));
        int lines = 0;
        for (Row row : part.rows()) {
            for (Cell cell : row.cells()) {
                lines += prose.line(cell) ? 1 : 0;
            }
        }
        prose.table.flushPending();
        return lines;
    }

    /** Whether a part states its targets in sentences: a line led by a level word followed by a clause with a target. */
    static boolean stated(Part part) {
        for (Row row : part.rows()) {
            for (Cell cell : row.cells()) {
                for (String clause : CLAUSE.split(cell.text())) {
                    String rest = clause;
                    boolean labelled = false;
                    for (String label = label(rest); label != null; label = label(rest)) {
                        labelled = true;
                        rest = rest.substring(rest.indexOf(label) + label.length())
                                .replaceFirst("^\\s*[:：,，]", "");
                    }
                    if (labelled && target(PIECE.split(rest)[0]) >= 0) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** One line (a cell): read when a level word leads one of its clauses; true when it was. */
    private boolean line(Cell cell) {
        String[] clauses = CLAUSE.split(cell.text());
        boolean labelled = false;
        for (String clause : clauses) {
            labelled |= label(clause) != null;
        }
        if (!labelled) {
            return false;
        }
        reading = false;
        for (String clause : clauses) {
            clause(cell, clause);
        }
        return true;
    }

    private void clause(Cell cell, String clause) {
        String rest = clause.strip();
        boolean labelled = false;
        for (String label = label(rest); label != null; label = label(rest)) {
            table.startRow();
            table.accept(cell.withText(level(label)), null);
            rest = rest.substring(rest.indexOf(label) + label.length())
                    .replaceFirst("^\\s*[:：,，]", "")
                    .strip();
            labelled = true;
        }
        reading |= labelled;
        if (!reading || rest.isEmpty()) {
            return;
        }
        StringBuilder name = new StringBuilder();
        for (String piece : PIECE.split(rest)) {
            name.append(name.isEmpty() ? "" : ",").append(piece.strip());
            int at = target(name.toString());
            if (at > 0) {
                table.startRow();
                table.accept(cell.withText(name.substring(0, at).strip()), Role.NAME);
                table.accept(cell.withText(name.substring(at).strip()), Role.VALUE, true);
                name.setLength(0);
            }
        }
        if (!name.isEmpty()) {
            // a name without a target: the table warns of it
            table.startRow();
            table.accept(cell.withText(name.toString()), Role.NAME);
            table.flushPending();
        }
    }

    /** The level word leading a clause, as written (numbering and all), or null. */
    private static @Nullable String label(String clause) {
        Matcher m = LABEL.matcher(clause);
        if (!m.find()) {
            return null;
        }
        String word = m.group(1).strip();
        String bare = Vocabulary.bare(word);
        boolean level = Vocabulary.category(word) != null
                || (bare.endsWith("指标") || bare.endsWith("目标")) && Vocabulary.subcategory(level(word)) != null;
        return level ? word : null;
    }

    /** A level word as the vocabulary writes it: "社会效益目标" is the 社会效益指标. */
    private static String level(String word) {
        String bare = Vocabulary.bare(word);
        return bare.endsWith("目标") && Vocabulary.category(bare) == null
                ? bare.substring(0, bare.length() - 2) + "指标"
                : bare;
    }

    /**
     * Where the target ending a piece starts (its comparator or number, or a known qualitative word), leaving a name
     * before it; -1 when it ends with none. The template's placeholders ("(≥**株)") are no target.
     */
    static int target(String piece) {
        String masked =
                PLACEHOLDER.matcher(piece).replaceAll(m -> "□".repeat(m.group().length()));
        for (int at = 1; at < masked.length(); at++) {
            char c = masked.charAt(at);
            char before = masked.charAt(at - 1);
            if (Character.isDigit(before) || before == '.' || !startsTarget(c)) {
                continue;
            }
            String rest = masked.substring(at);
            boolean number = rest.chars().anyMatch(Character::isDigit);
            if (number && (TargetParser.looksLikeTarget(rest) || TargetParser.comparatorOf(rest) != null)) {
                return at;
            }
        }
        for (int at = 2; at < masked.length() - 1; at++) {
            if (TargetParser.isKnownQualitative(masked.substring(at))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean startsTarget(char c) {
        return Character.isDigit(c) || "≥≤≧≦><=＞＜＝大小不高低至".indexOf(c) >= 0;
    }
}
