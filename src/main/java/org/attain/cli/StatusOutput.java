package org.attain.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Json;
import org.attain.i18n.Texts;
import org.attain.portfolio.IndicatorRow;
import org.attain.portfolio.ProjectStatus;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * What {@code status} prints: JSON (an object with a stable key order) or CSV (one row per indicator, the project's
 * columns repeated). Lights are the enum names; numbers are plain decimals in the target's unit; a qualitative actual
 * is its level's enum name; sentences in Chinese, or English when asked.
 */
final class StatusOutput {

    static final List<String> CSV_HEADER = List.of(
            "project",
            "projectLight",
            "budgetLight",
            "projectSentence",
            "category",
            "subcategory",
            "indicator",
            "target",
            "actual",
            "expected",
            "light",
            "sentence");

    /** Excel reads a CSV file as UTF-8 only when it starts with this byte order mark. */
    static final String BOM = "\uFEFF";

    private StatusOutput() {}

    static String json(Checkpoint at, List<ProjectStatus> projects, Texts texts) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("year", at.year());
        root.put("checkpoint", at.iso());
        root.put("projects", projects.stream().map(p -> project(p, texts)).toList());
        return Json.write(root);
    }

    private static Map<String, Object> project(ProjectStatus p, Texts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("light", p.light().name());
        m.put("budgetLight", p.budgetStatus().light().name());
        m.put("sentence", texts.render(p.explanation()));
        m.put(
                "indicators",
                p.indicators().stream().map(r -> indicator(r, texts)).toList());
        return m;
    }

    private static Map<String, Object> indicator(IndicatorRow r, Texts texts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("category", r.category());
        m.put("subcategory", r.subcategory());
        m.put("target", r.target().text());
        m.put("actual", actual(r));
        m.put("expected", number(r.status().expected()));
        m.put("light", r.status().light().name());
        m.put("sentence", texts.render(r.status().explanation()));
        return m;
    }

    /** The CSV text, RFC 4180 lines; the caller adds the {@link #BOM} when it writes a file. */
    static String csv(List<ProjectStatus> projects, Texts texts) {
        StringBuilder sb = new StringBuilder(line(new ArrayList<>(CSV_HEADER)));
        for (ProjectStatus p : projects) {
            List<Object> project =
                    List.of(p.name(), p.light().name(), p.budgetStatus().light().name(), texts.render(p.explanation()));
            if (p.indicators().isEmpty()) {
                List<Object> cells = new ArrayList<>(project);
                cells.addAll(Arrays.asList(new Object[8]));
                sb.append(line(cells));
            }
            for (IndicatorRow r : p.indicators()) {
                List<Object> cells = new ArrayList<>(project);
                cells.addAll(Arrays.asList(
                        r.category(),
                        r.subcategory(),
                        r.name(),
                        r.target().text(),
                        actual(r),
                        number(r.status().expected()),
                        r.status().light().name(),
                        texts.render(r.status().explanation())));
                sb.append(line(cells));
            }
        }
        return sb.toString();
    }

    private static @Nullable Object actual(IndicatorRow r) {
        if (r.reading().actual() != null) {
            return number(r.reading().actual());
        }
        return r.reading().actualLevel() == null
                ? null
                : r.reading().actualLevel().name();
    }

    private static @Nullable BigDecimal number(@Nullable BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }

    private static String line(List<@Nullable Object> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cell(cells.get(i));
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        return sb.append("\r\n").toString();
    }

    /**
     * A cell as text. Numbers are written plain; text that a spreadsheet would run as a formula (starting with = + -
     * @, a tab or a carriage return) gets a leading apostrophe, so that it is shown, not run.
     */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        String s = value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return s;
    }
}
