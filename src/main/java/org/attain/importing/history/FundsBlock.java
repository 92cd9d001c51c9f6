package org.attain.importing.history;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attain.importing.read.Cell;
import org.jspecify.annotations.Nullable;

/**
 * The funds block of a self-evaluation or monitoring table (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分,
 * then 年度资金总额: and its figures), and the 总分 line under the indicators. Figures missing from a row that lost its
 * empty cells are the leading ones (年初预算数 is the one left empty). Amounts in 元 when the block says so.
 */
final class FundsBlock {

    enum Figure {
        INITIAL,
        ANNUAL,
        EXECUTED,
        WEIGHT,
        RATE,
        SCORE,
        OTHER
    }

    private static final Pattern IN_YUAN = Pattern.compile(".*资金.{0,3}\\(元\\).*|.*单位:元.*");
    private static final Pattern TOTAL = Pattern.compile("^(?:年度资金总额|资金总额|总额|合计)$");
    private static final Pattern SCORE_TOTAL = Pattern.compile("^(?:总分|合计|总计|自评总分)$");
    private static final Pattern GRADE = Pattern.compile("^(?:优|良|中|差|优秀|良好|合格|不合格)$");
    private static final Pattern EMPTY = Pattern.compile("^[—\\-/－]+$");

    private FundsBlock() {}

    static @Nullable Figure figure(String header) {
        String h = Column.normal(header);
        if (h.equals("年初预算数") || h.equals("年初预算")) {
            return Figure.INITIAL;
        }
        if (h.matches("全年预算数|调整后预算数|年度预算数|全年预算")) {
            return Figure.ANNUAL;
        }
        if (h.matches("全年执行数|预算执行数|执行数|[1１][-—–~至][0-9]{1,2}月执行数")) {
            return Figure.EXECUTED;
        }
        if (h.matches("执行率|预算执行率|[1１][-—–~至][0-9]{1,2}月执行率")) {
            return Figure.RATE;
        }
        if (h.matches("分值|权重")) {
            return Figure.WEIGHT;
        }
        if (h.equals("得分")) {
            return Figure.SCORE;
        }
        return h.matches("全年预计执行数|原因|偏差原因") ? Figure.OTHER : null;
    }

    /**
     * The block between {@code from} and {@code to}, or {@link StatedBudget#NONE} when there is none; {@code strict}
     * when the cells' columns are certain (a workbook, a Word or PDF table), not a text whose cells may have slid.
     */
    static StatedBudget read(List<Cell> cells, int from, int to, boolean strict) {
        List<Figure> header = new ArrayList<>();
        List<Cell> headerCells = new ArrayList<>();
        boolean yuan = false;
        int i = from;
        for (; i < to; i++) {
            String text = Flat.compact(cells.get(i).text());
            yuan |= IN_YUAN.matcher(text).matches();
            Figure f = figure(text);
            if (f == Figure.INITIAL || f == Figure.ANNUAL) {
                while (i < to && figure(cells.get(i).text()) != null) {
                    Cell h = cells.get(i);
                    headerCells.add(strict ? h : Cell.free(h.text(), h.raw(), h.where()));
                    header.add(figure(cells.get(i++).text()));
                }
                break;
            }
        }
        for (; i < to && !header.isEmpty(); i++) {
            if (TOTAL.matcher(Column.normal(cells.get(i).text())).matches()) {
                BigDecimal factor = yuan ? new BigDecimal("0.0001") : BigDecimal.ONE;
                return figures(cells, i + 1, to, header, headerCells, factor);
            }
        }
        return StatedBudget.NONE;
    }

    private static StatedBudget figures(
            List<Cell> cells, int from, int to, List<Figure> header, List<Cell> headerCells, BigDecimal factor) {
        List<String> values = new ArrayList<>();
        List<Figure> byColumn = new ArrayList<>();
        for (int i = from; i < to && values.size() < header.size(); i++) {
            String t = Flat.compact(cells.get(i).text());
            if (!EMPTY.matcher(t).matches() && StatedValues.rate(t) == null) {
                break;
            }
            values.add(EMPTY.matcher(t).matches() ? "" : t);
            byColumn.add(under(cells.get(i), headerCells, header));
        }
        // A real table says which column each figure stands in; where its empty cells were left out, a text
        // table's figures are the last ones of the header (年初预算数 is the one left empty).
        List<Figure> used =
                byColumn.contains(null) ? header.subList(header.size() - values.size(), header.size()) : byColumn;
        BigDecimal[] out = new BigDecimal[Figure.values().length];
        for (int k = 0; k < values.size(); k++) {
            String v = values.get(k);
            Figure f = used.get(k);
            BigDecimal n = v.isEmpty() ? null : StatedValues.rate(v);
            if (n != null && f.compareTo(Figure.EXECUTED) <= 0) {
                n = n.multiply(factor);
            }
            if (n != null && f == Figure.RATE && !v.endsWith("%") && n.compareTo(BigDecimal.ONE) > 0) {
                n = n.movePointLeft(2);
            }
            out[f.ordinal()] = n == null ? null : normal(n);
        }
        return new StatedBudget(out[0], out[1], out[2], out[3], out[4], out[5]);
    }

    /** The figure whose header cell stands above {@code cell} in a real table, or null when that is not known. */
    private static @Nullable Figure under(Cell cell, List<Cell> headerCells, List<Figure> header) {
        if (!cell.positioned()) {
            return null;
        }
        for (int k = 0; k < headerCells.size(); k++) {
            Cell h = headerCells.get(k);
            if (h.positioned() && h.column() <= cell.column() && cell.column() <= h.lastColumn()) {
                return header.get(k);
            }
        }
        return null;
    }

    private static BigDecimal normal(BigDecimal n) {
        BigDecimal s = n.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** The 总分 line at or after {@code from}: the weight it is out of and the score, and a grade written after them. */
    static @Nullable StatedTotal total(List<Cell> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (!SCORE_TOTAL.matcher(Column.normal(cells.get(i).text())).matches()) {
                continue;
            }
            List<BigDecimal> numbers = new ArrayList<>();
            String grade = null;
            for (int k = i + 1; k < Math.min(cells.size(), i + 4); k++) {
                String t = Flat.compact(cells.get(k).text());
                BigDecimal n = StatedValues.points(t);
                if (n != null && numbers.size() < 2) {
                    numbers.add(n);
                } else if (GRADE.matcher(t).matches()) {
                    grade = t;
                    break;
                } else if (!t.isEmpty()) {
                    break;
                }
            }
            if (numbers.size() == 2) {
                return new StatedTotal(numbers.get(0), numbers.get(1), grade);
            }
            if (numbers.size() == 1) {
                return new StatedTotal(numbers.get(0), null, grade);
            }
        }
        return null;
    }
}
