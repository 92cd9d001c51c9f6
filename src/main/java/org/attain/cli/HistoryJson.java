package org.attain.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.attain.base.Json;
import org.attain.importing.history.HistoryDocument;
import org.attain.importing.history.StatedIndicator;
import org.attain.importing.history.StatedProject;

/** What {@code import-history} read, as JSON: per project the checkpoint, funds block, indicators and total. */
final class HistoryJson {

    private HistoryJson() {}

    static String of(HistoryDocument doc) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("kind", doc.kind().name());
        root.put("projects", doc.projects().stream().map(HistoryJson::project).toList());
        root.put(
                "warnings",
                doc.warnings().stream()
                        .map(w -> Map.of("line", w.line(), "message", w.message()))
                        .toList());
        return Json.write(root);
    }

    private static Map<String, Object> project(StatedProject p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.draft().name());
        m.put("year", p.draft().year());
        m.put("checkpoint", p.checkpoint().iso());
        m.put("budget", p.draft().budget());
        Map<String, Object> funds = new LinkedHashMap<>();
        funds.put("initial", p.budget().initial());
        funds.put("annual", p.budget().annual());
        funds.put("executed", p.budget().executed());
        funds.put("weight", p.budget().weight());
        funds.put("rate", p.budget().rate());
        funds.put("score", p.budget().score());
        m.put("funds", funds);
        m.put("indicators", p.indicators().stream().map(HistoryJson::indicator).toList());
        if (p.total() != null) {
            Map<String, Object> total = new LinkedHashMap<>();
            total.put("weight", p.total().weight());
            total.put("score", p.total().score());
            total.put("grade", p.total().grade());
            m.put("total", total);
        }
        return m;
    }

    private static Map<String, Object> indicator(StatedIndicator s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.indicator().name());
        m.put("target", s.indicator().target().text());
        m.put("actual", s.actual());
        m.put("actualValue", s.actualValue());
        m.put("actualLevel", s.actualLevel() == null ? null : s.actualLevel().name());
        m.put("forecast", s.forecast());
        m.put("weight", s.weight());
        m.put("score", s.score());
        m.put("reasons", s.reasons());
        m.put("line", s.indicator().line());
        return m;
    }
}
