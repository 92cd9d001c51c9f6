package org.attain.importing;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attain.targets.Target;
import org.jspecify.annotations.Nullable;

/** One corpus document imported and compared with what a person read from it. */
final class CorpusCheck {

    /** An indicator as a person read it: the columns of seed-expected.tsv. */
    record Expected(
            String project,
            String table,
            String category,
            String subcategory,
            String name,
            String target,
            String comparator,
            @Nullable BigDecimal value,
            String unit,
            String direction) {}

    /** How one document went: indicators expected, found with the right target, and the report lines. */
    record Outcome(String document, int expected, int right, List<String> unwarned, String report) {}

    private CorpusCheck() {}

    /**
     * The document imported as an officer would, with the year given on import where its expected TSV says the
     * officer must give one ({@code # year: 2023}: the document states none); 0 for none.
     */
    static Outcome of(Path file, List<Expected> expected, int givenYear) throws IOException {
        String name = file.getFileName().toString();
        ApprovalDocument doc;
        List<String> warnings = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        try {
            doc = ApprovalDocuments.read(name, withoutNotes(name, Files.readAllBytes(file)), givenYear);
            doc.warnings().forEach(w -> warnings.add(normal(w.message(Locale.SIMPLIFIED_CHINESE))));
        } catch (ImportException e) {
            // a refusal lists what it found instead: an indicator it names as not imported is warned of
            List<String> problems = e.getProblems().stream()
                    .map(w -> normal(w.message(Locale.SIMPLIFIED_CHINESE)))
                    .toList();
            List<String> unwarned = expected.stream()
                    .filter(x -> !warned(problems, x))
                    .map(x -> name + ": " + x.name())
                    .toList();
            report.append(name)
                    .append(": REFUSED ")
                    .append(e.getProblems().getFirst().message(Locale.ENGLISH))
                    .append(" (")
                    .append(expected.size() - unwarned.size())
                    .append(" of ")
                    .append(expected.size())
                    .append(" indicators named in the refusal)\n");
            return new Outcome(name, expected.size(), 0, unwarned, report.toString());
        }
        int right = 0;
        List<String> unwarned = new ArrayList<>();
        List<IndicatorDraft> matched = new ArrayList<>();
        for (Expected x : expected) {
            IndicatorDraft found = find(doc, x);
            if (found != null) {
                matched.add(found);
            }
            String problem = found == null ? "not found" : wrongTarget(x, found.target());
            if (problem == null) {
                right++;
                continue;
            }
            boolean warned = warned(warnings, x);
            report.append(name)
                    .append(": MISS ")
                    .append(x.table())
                    .append(' ')
                    .append(x.name())
                    .append(' ')
                    .append(x.target())
                    .append(" — ")
                    .append(problem)
                    .append(warned ? "" : " (NO WARNING)")
                    .append('\n');
            if (!warned) {
                unwarned.add(name + ": " + x.name());
            }
        }
        for (ProjectDraft p : doc.projects()) {
            for (IndicatorDraft i : p.indicators()) {
                if (matched.stream().noneMatch(m -> m == i)) {
                    report.append(name)
                            .append(": EXTRA ")
                            .append(i.table())
                            .append(' ')
                            .append(i.name())
                            .append(' ')
                            .append(i.target().text())
                            .append('\n');
                }
            }
        }
        report.append(name)
                .append(": ")
                .append(right)
                .append('/')
                .append(expected.size())
                .append(", ")
                .append(warnings.size())
                .append(" warnings\n");
        return new Outcome(name, expected.size(), right, unwarned, report.toString());
    }

    /**
     * A text document without the corpus's own header lines ("# source: …" and the line describing it), which the
     * collector added and the publisher never wrote; other formats as they are.
     */
    static byte[] withoutNotes(String name, byte[] bytes) {
        if (!name.endsWith(".txt")) {
            return bytes;
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        while (text.startsWith("# ")) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static @Nullable IndicatorDraft find(ApprovalDocument doc, Expected x) {
        List<ProjectDraft> projects = doc.projects().size() == 1
                ? doc.projects()
                : doc.projects().stream()
                        .filter(p -> sameProject(p.name(), x.project()))
                        .toList();
        for (ProjectDraft p : projects.isEmpty() ? doc.projects() : projects) {
            for (IndicatorDraft i : p.indicators()) {
                if (i.table().name().equals(x.table()) && normal(i.name()).equals(normal(x.name()))) {
                    return i;
                }
            }
        }
        return null;
    }

    /** Why a target is not the one expected, or null when it is. */
    private static @Nullable String wrongTarget(Expected x, Target t) {
        if (x.value() == null) {
            return t.isQualitative() || normal(t.text()).equals(normal(x.target()))
                    ? null
                    : "read as " + t.display() + ", expected qualitative " + x.target();
        }
        boolean same = t.value() != null
                && t.value().compareTo(x.value()) == 0
                && t.comparator() != null
                && t.comparator().ascii().equals(x.comparator())
                && normal(String.valueOf(t.unit() == null ? "" : t.unit())).equals(normal(x.unit()));
        return same
                ? null
                : "read as " + (t.comparator() == null ? "" : t.comparator().ascii()) + " " + t.value() + " " + t.unit()
                        + ", expected " + x.comparator() + " " + x.value() + " " + x.unit();
    }

    /** Whether a warning names the indicator (the start of its name, as messages quote it) or its target. */
    private static boolean warned(List<String> warnings, Expected x) {
        String name = normal(x.name());
        String start = name.substring(0, Math.min(name.length(), 12));
        String target = normal(x.target());
        return warnings.stream().anyMatch(w -> w.contains(start) || !target.isEmpty() && w.contains(target));
    }

    private static boolean sameProject(String a, String b) {
        String x = normal(a);
        String y = normal(b);
        return x.equals(y) || x.contains(y) || y.contains(x);
    }

    /**
     * Text compared without spaces, line breaks and the difference of full- and half-width forms, in Simplified
     * characters: the importer converts a Traditional document (expected files keep the document's characters).
     */
    static String normal(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : ZhConverterUtil.toSimple(text).toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            sb.append(c >= '！' && c <= '～' ? (char) (c - 0xFEE0) : c);
        }
        return sb.toString().replace('≧', '≥').replace('≦', '≤');
    }
}
