package org.attain.importing.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.importing.read.PdfGlyphs.Glyph;
import org.attain.importing.read.PdfRulings.Ruling;

/**
 * Rebuilds the rows of a PDF page from where its characters stand. Inside the borders of a table, the characters
 * between four borders are one cell, however many lines the cell wraps over; a cell merged down is given on its top
 * row and blank below, as a person reads a merged 一级指标 cell. Each cell's column is the document-wide column of its
 * left border. Text outside any table is read line by line, cells split where a wide gap separates them.
 */
final class PdfTable {

    /** How far apart (points) two borders may be and still be one. */
    static final float SAME = 2f;

    private PdfTable() {}

    /** The rows of one page, top to bottom. {@code columns}: the left borders of all tables, sorted. */
    static List<Row> rows(int page, List<Glyph> glyphs, List<Ruling> rulings, List<Float> columns) {
        List<Ruling> horizontal = merge(rulings, false);
        List<Ruling> vertical = merge(rulings, true);
        Map<String, List<Glyph>> inCells = new LinkedHashMap<>();
        Map<String, float[]> boxes = new LinkedHashMap<>();
        List<Glyph> free = new ArrayList<>();
        boolean anyText = glyphs.stream().anyMatch(g -> !PdfGlyphs.space(g));
        for (Glyph g : anyText ? glyphs : List.<Glyph>of()) {
            float[] box = box(g, horizontal, vertical);
            if (box == null) {
                free.add(g);
                continue;
            }
            String key =
                    Math.round(box[0]) + ":" + Math.round(box[1]) + ":" + Math.round(box[2]) + ":" + Math.round(box[3]);
            inCells.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            boxes.putIfAbsent(key, box);
        }
        List<Pending> pending = new ArrayList<>();
        for (Map.Entry<String, List<Glyph>> e : inCells.entrySet()) {
            float[] box = boxes.get(e.getKey());
            int column = column(columns, box[0]);
            int span = Math.max(1, column(columns, box[2]) - column);
            pending.add(new Pending(box[1], box[0], column, span, text(e.getValue()), true));
        }
        for (List<Glyph> line :
                lines(free.stream().filter(g -> !PdfGlyphs.space(g)).toList())) {
            for (List<Glyph> chunk : chunks(line)) {
                Glyph first = chunk.getFirst();
                pending.add(new Pending(first.baseline() - first.height(), first.x(), -1, 1, text(chunk), false));
            }
        }
        return assemble(page, pending);
    }

    /** The left borders of all tables of a document, merged where closer than {@link #SAME}, sorted. */
    static List<Float> columns(List<List<Ruling>> pages) {
        List<Float> xs = new ArrayList<>();
        for (List<Ruling> page : pages) {
            for (Ruling r : merge(page, true)) {
                xs.add(r.at());
            }
        }
        xs.sort(Float::compare);
        List<Float> merged = new ArrayList<>();
        for (float x : xs) {
            if (merged.isEmpty() || x - merged.getLast() > SAME) {
                merged.add(x);
            }
        }
        return merged;
    }

    private record Pending(float top, float left, int column, int span, String text, boolean inTable) {}

    private static List<Row> assemble(int page, List<Pending> pending) {
        pending.sort(Comparator.comparing(Pending::top).thenComparing(Pending::left));
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < pending.size()) {
            Pending first = pending.get(i);
            int end = i + 1;
            while (end < pending.size()
                    && pending.get(end).top() - first.top() <= SAME * 2
                    && pending.get(end).inTable() == first.inTable()) {
                end++;
            }
            Where where = new Where.PdfLine(page, rows.size() + 1);
            List<Cell> cells = new ArrayList<>();
            pending.subList(i, end).stream()
                    .sorted(Comparator.comparing(Pending::left))
                    .forEach(p -> {
                        String clean = Markup.clean(p.text());
                        if (!clean.isEmpty()) {
                            cells.add(new Cell(clean, p.text(), where, p.column(), p.span()));
                        }
                    });
            if (!cells.isEmpty()) {
                rows.add(new Row(cells, first.inTable()));
            }
            i = end;
        }
        return rows;
    }

    /** The cell around a character: the nearest border on each side that reaches past it; null outside a table. */
    private static float[] box(Glyph g, List<Ruling> horizontal, List<Ruling> vertical) {
        float cx = g.centerX();
        float cy = g.centerY();
        float left = Float.NaN;
        float right = Float.NaN;
        for (Ruling v : vertical) {
            if (v.from() - SAME <= cy && cy <= v.to() + SAME) {
                if (v.at() <= cx && (Float.isNaN(left) || v.at() > left)) {
                    left = v.at();
                } else if (v.at() > cx && (Float.isNaN(right) || v.at() < right)) {
                    right = v.at();
                }
            }
        }
        float top = Float.NaN;
        float bottom = Float.NaN;
        for (Ruling h : horizontal) {
            if (h.from() - SAME <= cx && cx <= h.to() + SAME) {
                if (h.at() <= cy && (Float.isNaN(top) || h.at() > top)) {
                    top = h.at();
                } else if (h.at() > cy && (Float.isNaN(bottom) || h.at() < bottom)) {
                    bottom = h.at();
                }
            }
        }
        if (Float.isNaN(left) || Float.isNaN(right) || Float.isNaN(top) || Float.isNaN(bottom)) {
            return null;
        }
        return new float[] {left, top, right, bottom};
    }

    /** Borders of one direction: lines on the same position that touch or overlap become one. */
    static List<Ruling> merge(List<Ruling> rulings, boolean vertical) {
        List<Ruling> some = new ArrayList<>(
                rulings.stream().filter(r -> r.vertical() == vertical).toList());
        some.sort(Comparator.comparing(Ruling::at).thenComparing(Ruling::from));
        List<Ruling> merged = new ArrayList<>();
        for (Ruling r : some) {
            boolean joined = false;
            for (int k = merged.size() - 1; k >= 0 && r.at() - merged.get(k).at() <= SAME; k--) {
                Ruling m = merged.get(k);
                if (r.from() <= m.to() + SAME * 2 && m.from() <= r.to() + SAME * 2) {
                    merged.set(
                            k,
                            new Ruling(
                                    vertical,
                                    (m.at() + r.at()) / 2,
                                    Math.min(m.from(), r.from()),
                                    Math.max(m.to(), r.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                merged.add(r);
            }
        }
        return merged;
    }

    private static int column(List<Float> columns, float x) {
        int best = 0;
        float distance = Float.MAX_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            float d = Math.abs(columns.get(i) - x);
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }

    /** Characters in lines: those whose centres are within half a character height of each other. */
    static List<List<Glyph>> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(Glyph::baseline));
        List<List<Glyph>> lines = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> last = lines.isEmpty() ? null : lines.getLast();
            if (last != null && Math.abs(last.getFirst().centerY() - g.centerY()) <= Math.max(g.height(), 2f) / 2) {
                last.add(g);
            } else {
                List<Glyph> line = new ArrayList<>();
                line.add(g);
                lines.add(line);
            }
        }
        lines.forEach(l -> l.sort(Comparator.comparing(Glyph::x)));
        return lines;
    }

    /** A line outside a table split where the gap is wider than two characters. */
    private static List<List<Glyph>> chunks(List<Glyph> line) {
        List<List<Glyph>> chunks = new ArrayList<>();
        List<Glyph> chunk = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line) {
            if (previous != null && g.x() - previous.right() > 2 * Math.max(previous.height(), 4f)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
            }
            chunk.add(g);
            previous = g;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    /** The text of a cell: its lines joined, spaces where the PDF has them or Latin letters meet across a gap. */
    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        for (List<Glyph> line : lines(glyphs)) {
            Glyph previous = null;
            for (Glyph g : line) {
                boolean space = PdfGlyphs.space(g);
                boolean gap = previous != null && g.x() - previous.right() > 0.25f * Math.max(g.height(), 2f);
                boolean lineBreak = previous == null && !sb.isEmpty();
                char last = sb.isEmpty() ? ' ' : sb.charAt(sb.length() - 1);
                if (space) {
                    if (last != ' ' && !lineBreak) {
                        sb.append(' ');
                    }
                } else {
                    // a line break inside a cell is no space: Chinese text wraps anywhere, also inside "2009"
                    if (gap && !lineBreak && latin(last) && latin(g.text().charAt(0))) {
                        sb.append(' ');
                    }
                    sb.append(g.text());
                }
                previous = g;
            }
        }
        return sb.toString().strip();
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
