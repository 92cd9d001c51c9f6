package org.attain.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Json;
import org.attain.i18n.Texts;

/** What an import found (or, with a dry run, would store): projects, warnings by line, consistency findings. */
public record ImportReport(ApprovalDocument document, List<Finding> findings) {

    public static ImportReport of(ApprovalDocument document) {
        List<Finding> findings = new ArrayList<>();
        document.projects().forEach(p -> findings.addAll(ConsistencyChecker.check(p)));
        return new ImportReport(document, List.copyOf(findings));
    }

    public int indicatorCount() {
        return document.projects().stream().mapToInt(p -> p.indicators().size()).sum();
    }

    public List<Finding> problems() {
        return findings.stream()
                .filter(f -> f.severity() == Finding.Severity.WARNING)
                .toList();
    }

    /** The report as JSON, in the shape the command line promises. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        List<Object> projects = new ArrayList<>();
        for (ProjectDraft p : document.projects()) {
            Map<String, Object> project = new LinkedHashMap<>();
            project.put("name", p.name());
            project.put("year", p.year());
            project.put("budget", p.budget());
            project.put("department", p.department());
            project.put("unit", p.unit());
            List<Object> indicators = new ArrayList<>();
            for (IndicatorDraft i : p.indicators()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("table", i.table().name());
                json.put("category", i.category());
                json.put("subcategory", i.subcategory());
                json.put("name", i.name());
                json.put("target", i.target().text());
                json.put(
                        "comparator",
                        i.target().comparator() == null
                                ? null
                                : i.target().comparator().ascii());
                json.put("value", i.target().value());
                json.put("unit", i.target().unit());
                json.put("direction", i.target().direction().name());
                json.put("basis", i.targetBasis());
                json.put("line", i.line());
                indicators.add(json);
            }
            project.put("indicators", indicators);
            projects.add(project);
        }
        root.put("projects", projects);
        root.put(
                "warnings",
                document.warnings().stream()
                        .map(w -> {
                            Map<String, Object> json = new LinkedHashMap<>();
                            json.put("line", w.line());
                            json.put("message", w.message());
                            return json;
                        })
                        .toList());
        root.put(
                "findings",
                findings.stream()
                        .map(f -> {
                            Map<String, Object> json = new LinkedHashMap<>();
                            json.put("project", f.project());
                            json.put("severity", f.severity().name());
                            json.put("message", Texts.chinese().render(f.message()));
                            return json;
                        })
                        .toList());
        return Json.write(root);
    }
}
