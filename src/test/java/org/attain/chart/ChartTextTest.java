package org.attain.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Names from imported documents reach the charts as text, never as markup, whatever their length. The options the
 * server sends carry them verbatim; the chart's formatters (frontend/attain-chart-text.js, run here in Node) escape
 * every one that ApexCharts 4.7.0 puts into HTML (tooltip title, series name, value; legend) and leave the SVG texts
 * (axis labels, data labels), which ApexCharts writes as text nodes, as they are.
 */
class ChartTextTest {

    static final String EVIL = "<img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";
    /** Longer than any cut for layout, with the markup far behind the first 14 characters. */
    static final String LONG_EVIL = "鄂州市困难职工常态化帮扶及送温暖专项资金（第二期）" + EVIL + "x".repeat(300);

    private static ApexChart bars() {
        ApexChart chart = new ApexChart(ChartType.BAR)
                .setTitle(EVIL)
                .setValueSuffix("%")
                .setCategories(List.of(EVIL, LONG_EVIL))
                .addValueLine(50, EVIL, "#444");
        chart.setSeries(List.of(Series.of(EVIL, List.of(12.5, 80)), Series.of(LONG_EVIL, List.of(1, 2))));
        return chart;
    }

    private static ApexChart heatMap() {
        ApexChart chart = new ApexChart(ChartType.HEATMAP)
                .setValueLabels(Map.of("1", EVIL, "2", "●"))
                .setOption("plotOptions.heatmap.colorScale.ranges", List.of(Map.of("from", 0, "to", 1, "name", EVIL)));
        chart.setSeries(List.of(Series.ofPoints(LONG_EVIL, List.of(EVIL, "质量"), List.of(1, 2))));
        return chart;
    }

    @Test
    void the_server_sends_names_whole_as_json_strings() {
        String options = bars().getElement().getProperty("options");
        String series = bars().getElement().getProperty("series");
        assertThat(options).contains(json(EVIL)).contains(json(LONG_EVIL));
        assertThat(series).contains(json(EVIL)).contains(json(LONG_EVIL));
    }

    @Test
    void tooltips_and_legend_escape_names_and_svg_texts_keep_them_as_text() throws Exception {
        for (ApexChart chart : List.of(bars(), heatMap())) {
            List<String[]> shown = runFormatters(chart);
            List<String> html = shown.stream()
                    .filter(s -> s[0].equals("html"))
                    .map(s -> s[1])
                    .toList();
            assertThat(html).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain("<", ">"));
            assertThat(html).anySatisfy(text -> assertThat(text).contains(ESCAPED));
            assertThat(html).anySatisfy(text -> assertThat(text).contains(ESCAPED + "x".repeat(300)));
        }
        List<String> svg = runFormatters(heatMap()).stream()
                .filter(s -> s[0].equals("svg"))
                .map(s -> s[1])
                .toList();
        assertThat(svg)
                .as("data labels are SVG text nodes: shown as written, not as &lt;")
                .contains(EVIL);
    }

    @Test
    void a_heat_map_with_a_value_suffix_names_its_rows_and_shows_its_shares() throws Exception {
        ApexChart chart = new ApexChart(ChartType.HEATMAP)
                .setValueLabels(Map.of("-1", ""))
                .setValueSuffix("%");
        chart.setSeries(List.of(Series.ofPoints("鄂州市总工会", List.of("数量", "质量"), List.of(23, -1))));
        List<String[]> shown = runFormatters(chart);
        assertThat(shown)
                .filteredOn(s -> s[0].equals("row"))
                .extracting(s -> s[1])
                .as("the row's label is the department's name, not a number (it showed NaN%)")
                .containsExactly("鄂州市总工会");
        assertThat(shown)
                .filteredOn(s -> s[0].equals("html"))
                .extracting(s -> s[1])
                .contains("23%");
        assertThat(shown)
                .filteredOn(s -> s[0].equals("svg"))
                .extracting(s -> s[1])
                .as("each cell shows its share; a cell without indicators stays blank")
                .containsExactly("23%", "");
    }

    private static String json(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }

    /**
     * Calls every formatter the chart installs at each place ApexCharts writes text, the way ApexCharts 4.7.0 calls
     * it: "html" lines are what it assigns to innerHTML, "svg" lines what it puts in a text node.
     */
    private static List<String[]> runFormatters(ApexChart chart) throws IOException, InterruptedException {
        String node = node();
        Path module = Path.of("frontend", "attain-chart-text.js").toAbsolutePath();
        String script = """
                const { withFormatters } = await import(%s);
                let input = '';
                for await (const chunk of process.stdin) input += chunk;
                const { options, series } = JSON.parse(input);
                const o = withFormatters(options);
                const out = [];
                const html = (v) => out.push(['html', String(v)]);
                const svg = (v) => out.push(['svg', String(v)]);
                const categories = (o.xaxis && o.xaxis.categories) || o.labels || [];
                const points = series.flatMap((s) => (s.data || []).map((p) => (p !== null && typeof p === 'object' ? p : { y: p })));
                for (const c of categories.concat(points.filter((p) => p.x !== undefined).map((p) => p.x))) {
                  html(o.tooltip.x.formatter(c, {}));
                }
                const names = series.map((s) => s.name);
                const ranges = (((o.plotOptions || {}).heatmap || {}).colorScale || {}).ranges || [];
                for (const n of names) html(o.tooltip.y.title.formatter(n));
                for (const n of names.concat(ranges.map((r) => r.name))) html(o.legend.formatter(n, {}));
                for (const p of points) {
                  html(o.tooltip.y.formatter ? o.tooltip.y.formatter(p.y, {}) : p.y);
                  if (o.dataLabels && o.dataLabels.formatter) svg(o.dataLabels.formatter(p.y, {}));
                }
                const rowLabel = o.yaxis && o.yaxis.labels && o.yaxis.labels.formatter;
                for (const n of names) out.push(['row', String(rowLabel ? rowLabel(n) : n)]);
                for (const line of out) console.log(line[0] + '\\t' + line[1].replace(/\\n/g, ' '));
                """.formatted(json(module.toUri().toString()));
        Process p = new ProcessBuilder(node, "--input-type=module", "-e", script)
                .redirectErrorStream(false)
                .start();
        String input = "{\"options\":" + chart.getElement().getProperty("options") + ",\"series\":"
                + chart.getElement().getProperty("series") + "}";
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(err).isZero();
        List<String[]> lines = new ArrayList<>();
        out.lines().forEach(l -> lines.add(l.split("\t", 2)));
        return lines;
    }

    /** Node.js from the PATH (./mvnw puts one there); without it the test is skipped, except under CI=true. */
    private static String node() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "node");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "the chart formatter test needs Node.js on the PATH (./mvnw provides one)";
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(message + " — required under CI=true");
        }
        Assumptions.abort("SKIPPED: " + message);
        return null;
    }
}
