package org.attain.importing.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.attain.importing.read.Cell;
import org.attain.importing.read.Row;
import org.jspecify.annotations.Nullable;

/**
 * A whole form flattened into one run of text without separators, as OCR or a copied preview gives it ("…项目名称某某
 * 项目主管部门某局…一级指标二级指标三级指标分值年度指标值全年实际值得分产出指标(70分)数量指标安装坡面水标尺10≥266米≥266米10…"),
 * rebuilt as the rows a reader expects: the year, the project's labels and their values (cut where the next label
 * starts), a header, and one row per indicator, its 一级 and 二级 cut at their names and its cells read by
 * {@link FlatRows} in the order the header names them. What cannot be read is a warning that quotes it.
 */
final class FlatTable {

    private static final int MIN_LENGTH = 80;
    private static final int HEADER_WINDOW = 100;
    private static final int VALUE_MAX = 60;
    private static final int BARE_MIN = 5;
    /** The longest block of one 二级 read: longer is no table row (and would cost too much to cut every way). */
    private static final int RUN_MAX = 600;

    private static final int UNIT_SPAN = 5;

    private static final List<String> CATEGORIES =
            List.of(Vocabulary.OUTPUT, Vocabulary.BENEFIT, Vocabulary.SATISFACTION, "项目完成指标", "项目效益指标");
    private static final Pattern ANCHOR = Pattern.compile("(?:("
            + alternatives(Stream.of(
                            CATEGORIES.stream(),
                            Vocabulary.SUBCATEGORIES.keySet().stream(),
                            Stream.concat(CATEGORIES.stream(), Vocabulary.SUBCATEGORIES.keySet().stream())
                                    .map(w -> w.replace("指标", "目标")))
                    .flatMap(s -> s))
            + ")|("
            + alternatives(Vocabulary.SUBCATEGORIES.keySet().stream()
                    .map(w -> w.substring(0, w.length() - 2))
                    .filter(w -> w.length() >= BARE_MIN))
            + ")(?![0-9≥≤>=<＞＜%]))(?:[（(][0-9]{1,3}分[)）])?");
    private static final Pattern HEADER_START = Pattern.compile("一级指标|二级指标|三级指标|指标名称");
    private static final Pattern PUNCTUATION = Pattern.compile("[，,。:：;；]");
    private static final Pattern SUMMARY = Pattern.compile("总分|合计|总计|小计");
    /** A value holding a colon holds another label's text ("审核意见单位公章:年月日"), not its own. */
    private static final Pattern COLON = Pattern.compile("[:：]");

    private static final Pattern PAGE_MARK = Pattern.compile("^[0-9]{1,2}、");
    /** A form's title: "2020年度长江禁捕项目自评表", "某某项目绩效目标表". */
    private static final Pattern TITLE =
            Pattern.compile("([^，,。:：;；\\s]{2,40}?)(?:项目)?(?:支出)?(?:绩效)?(?:目标)?(?:自评表|目标表|申报表|批复表)");

    private static final Pattern YEAR_WORDS = Pattern.compile("^[0-9]{1,2}[、.]|(?:19|20)[0-9]{2}年度?|[（(][^）)]*[)）]");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final Map<String, FlatRows.Col> KEYWORDS = Map.ofEntries(
            Map.entry("分值", FlatRows.Col.WEIGHT),
            Map.entry("权重", FlatRows.Col.WEIGHT),
            Map.entry("指标值", FlatRows.Col.VALUE),
            Map.entry("目标值", FlatRows.Col.VALUE),
            Map.entry("实现值", FlatRows.Col.VALUE),
            Map.entry("预期值", FlatRows.Col.VALUE),
            Map.entry("实际", FlatRows.Col.ACTUAL),
            Map.entry("完成值", FlatRows.Col.ACTUAL),
            Map.entry("得分", FlatRows.Col.SCORE),
            Map.entry("完成率", FlatRows.Col.RATE),
            Map.entry("绩效标准", FlatRows.Col.EXPLANATION),
            Map.entry("指标解释", FlatRows.Col.EXPLANATION),
            Map.entry("指标说明", FlatRows.Col.EXPLANATION));
    private static final List<ProjectLabel> KEPT =
            List.of(ProjectLabel.PROJECT_NAME, ProjectLabel.DEPARTMENT, ProjectLabel.UNIT);

    private FlatTable() {}

    /** Words as a regular expression that tries the longest first. */
    private static String alternatives(Stream<String> words) {
        return words.distinct()
                .sorted(Comparator.comparing(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** Where the level's name of an anchor ends (before its points). */
    private static int wordEnd(Matcher m) {
        return m.end(1) >= 0 ? m.end(1) : m.end(2);
    }

    /** The rows of a text with each flattened form rebuilt; other rows as they are. */
    static List<Row> unfolded(List<Row> rows, Problems problems) {
        List<Row> out = null;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Table table = flat(row) ? table(row.cells().getFirst().text()) : null;
            if (table == null) {
                if (out != null) {
                    out.add(row);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(rows.subList(0, i));
            }
            Cell cell = row.cells().getFirst();
            StringBuilder text = new StringBuilder(cell.text());
            while (i + 1 < rows.size() && single(rows.get(i + 1))) {
                Cell next = rows.get(i + 1).cells().getFirst();
                Matcher mark = PAGE_MARK.matcher(next.text());
                if (!mark.find()) {
                    break;
                }
                // a page of a scanned form: its number ("2、") starts the line that goes on with the table
                problems.warn(next, "import.warn.flatPageMark", Problems.quote(mark.group()));
                text.append(next.text().substring(mark.end()));
                i++;
            }
            out.addAll(new FlatRowsOut(cell, problems).rows(text.toString(), table(text.toString())));
        }
        return out == null ? rows : out;
    }

    private static boolean single(Row row) {
        return !row.tabular()
                && row.cells().size() == 1
                && !row.cells().getFirst().positioned();
    }

    private static boolean flat(Row row) {
        if (!single(row)) {
            return false;
        }
        String text = row.cells().getFirst().text();
        long spaces = text.chars().filter(Character::isWhitespace).count();
        if (text.length() < MIN_LENGTH || spaces * 40 > text.length()) {
            return false;
        }
        Matcher m = ANCHOR.matcher(text);
        int found = 0;
        while (m.find() && found < 2) {
            found++;
        }
        return found >= 2;
    }

    /** Where a flattened form's header and body are, and the cells its header names after the name. */
    record Table(int header, int body, List<FlatRows.Col> cols) {}

    static @Nullable Table table(String text) {
        Matcher m = ANCHOR.matcher(text);
        while (m.find()) {
            int from = Math.max(0, m.start() - HEADER_WINDOW);
            String window = text.substring(from, m.start());
            Matcher start = HEADER_START.matcher(window);
            int header;
            if (start.find()) {
                header = from + start.start();
            } else {
                int last = -1;
                Matcher p = PUNCTUATION.matcher(window);
                while (p.find()) {
                    last = p.end();
                }
                header = from + Math.max(0, last);
            }
            List<FlatRows.Col> cols = columns(text.substring(header, m.start()));
            if (cols.contains(FlatRows.Col.VALUE)) {
                return new Table(header, m.start(), cols);
            }
        }
        return null;
    }

    /** The cells a header names, in order, merging a column named twice in a row ("实际完成值"). */
    static List<FlatRows.Col> columns(String header) {
        List<FlatRows.Col> cols = new ArrayList<>();
        int i = 0;
        while (i < header.length()) {
            String word = null;
            for (String k : KEYWORDS.keySet()) {
                if (header.startsWith(k, i) && (word == null || k.length() > word.length())) {
                    word = k;
                }
            }
            if (word == null) {
                i++;
                continue;
            }
            FlatRows.Col col = KEYWORDS.get(word);
            if (cols.isEmpty() || cols.getLast() != col) {
                cols.add(col);
            }
            i += word.length();
        }
        return cols;
    }

    /** The rows rebuilt from one flattened form. */
    private record FlatRowsOut(Cell cell, Problems problems) {

        List<Row> rows(String text, @Nullable Table table) {
            List<Row> out = new ArrayList<>();
            if (table == null) {
                out.add(new Row(List.of(cell.withText(text)), false));
                return out;
            }
            String prefix = text.substring(0, table.header());
            Matcher year = YEAR.matcher(prefix);
            if (year.find()) {
                out.add(row(year.group(1) + "年度"));
            }
            labels(prefix, out);
            if (table.cols().stream().anyMatch(c -> c != FlatRows.Col.VALUE)) {
                problems.warn(
                        cell, "import.warn.flatColumns", Problems.quote(text.substring(table.header(), table.body())));
            }
            out.add(row("一级指标", "二级指标", "三级指标", "指标值"));
            String body = text.substring(table.body());
            Matcher summary = SUMMARY.matcher(body);
            if (summary.find()) {
                problems.warn(cell, "import.warn.flatTail", Problems.quote(body.substring(summary.start())));
                body = body.substring(0, summary.start());
            }
            body(body, table.cols(), out);
            return out;
        }

        /** The project's name, department and unit, each cut where the next label starts. */
        private void labels(String prefix, List<Row> out) {
            List<int[]> found = new ArrayList<>();
            List<ProjectLabel> labels = new ArrayList<>();
            int i = 0;
            while (i < prefix.length()) {
                String word = null;
                ProjectLabel label = null;
                for (ProjectLabel l : ProjectLabel.values()) {
                    for (String w : l.words()) {
                        if (prefix.startsWith(w, i) && (word == null || w.length() > word.length())) {
                            word = w;
                            label = l;
                        }
                    }
                }
                if (word == null) {
                    i++;
                    continue;
                }
                found.add(new int[] {i, i + word.length()});
                labels.add(label);
                i += word.length();
            }
            List<Row> kept = new ArrayList<>();
            boolean named = false;
            for (int k = 0; k < found.size(); k++) {
                int end = k + 1 < found.size() ? found.get(k + 1)[0] : prefix.length();
                String value = prefix.substring(found.get(k)[1], end)
                        .replaceFirst("^[：:\\s]+", "")
                        .strip();
                ProjectLabel label = labels.get(k);
                if (!KEPT.contains(label)
                        || value.isEmpty()
                        || value.length() > VALUE_MAX
                        || COLON.matcher(value).find()) {
                    continue;
                }
                String word = prefix.substring(found.get(k)[0], found.get(k)[1]);
                if (label == ProjectLabel.PROJECT_NAME) {
                    if (named || ProjectLabel.of(word + value) == null) {
                        continue;
                    }
                    named = true;
                    kept.addFirst(row(word, value));
                } else {
                    kept.add(row(word, value));
                }
            }
            if (!named) {
                Matcher title = TITLE.matcher(prefix);
                String name = null;
                while (title.find()) {
                    name = YEAR_WORDS.matcher(title.group(1)).replaceAll("").strip();
                }
                if (name != null && name.length() >= 2) {
                    // no 项目名称 in the form: its title names the project
                    problems.warn(cell, "import.warn.flatNameFromTitle", Problems.quote(name));
                    kept.addFirst(row(ProjectLabel.PROJECT_NAME.words().getFirst(), name));
                }
            }
            out.addAll(kept);
        }

        private void body(String body, List<FlatRows.Col> cols, List<Row> out) {
            Matcher m = ANCHOR.matcher(body);
            List<int[]> anchors = new ArrayList<>();
            while (m.find()) {
                anchors.add(new int[] {m.start(), m.end(), wordEnd(m)});
            }
            String category = null;
            String subcategory = null;
            boolean categoryShown = false;
            boolean subcategoryShown = false;
            for (int k = 0; k < anchors.size(); k++) {
                String word =
                        body.substring(anchors.get(k)[0], anchors.get(k)[2]).replace("目标", "指标");
                if (Vocabulary.category(word) != null) {
                    category = word;
                    subcategory = null;
                    categoryShown = false;
                } else {
                    subcategory = Vocabulary.subcategory(word) != null ? Vocabulary.subcategory(word) : word;
                    subcategoryShown = false;
                }
                int end = k + 1 < anchors.size() ? anchors.get(k + 1)[0] : body.length();
                String run = body.substring(anchors.get(k)[1], end);
                if (run.isEmpty()) {
                    continue;
                }
                for (FlatRows.Parsed p : parsed(run, cols)) {
                    List<String> cells = new ArrayList<>();
                    if (category != null && !categoryShown) {
                        cells.add(category);
                        categoryShown = true;
                    }
                    if (subcategory != null && !subcategoryShown) {
                        cells.add(subcategory);
                        subcategoryShown = true;
                    }
                    cells.add(p.name());
                    cells.add(p.target());
                    out.add(row(cells.toArray(String[]::new)));
                    if (p.glued() != null) {
                        problems.warn(cell, "import.warn.flatDigits", Problems.quote(p.name()), p.glued());
                    }
                }
            }
        }

        /** The indicators of a run; what is left at its end that is no indicator is a warning. */
        private List<FlatRows.Parsed> parsed(String run, List<FlatRows.Col> cols) {
            for (int end = run.length(); end > 0 && run.length() <= RUN_MAX; end--) {
                // a row ends in a number, a percent or a target's unit: cut only there
                if (end < run.length() && !rowEnd(run, end)) {
                    continue;
                }
                List<FlatRows.Parsed> rows = FlatRows.of(run.substring(0, end), cols);
                if (rows != null) {
                    if (end < run.length()) {
                        problems.warn(cell, "import.warn.flatUnread", Problems.quote(run.substring(end)));
                    }
                    return rows;
                }
            }
            problems.warn(cell, "import.warn.flatUnread", Problems.quote(run));
            return List.of();
        }

        private static boolean rowEnd(String run, int end) {
            char last = run.charAt(end - 1);
            return (Character.isDigit(last) || last == '%') && !Character.isDigit(run.charAt(end))
                    || Character.isIdeographic(last)
                            && run.substring(Math.max(0, end - UNIT_SPAN), end - 1)
                                    .chars()
                                    .anyMatch(Character::isDigit);
        }

        private Row row(String... texts) {
            List<Cell> cells = new ArrayList<>();
            for (String t : texts) {
                cells.add(Cell.free(t, t, cell.where()));
            }
            return new Row(cells, false);
        }
    }
}
