package org.attain.browser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a page must never show, checked in the browser as it is drawn: the main content scrolling sideways, an
 * English word in the Chinese interface, an error in the browser's console, and a serious or critical violation of
 * axe-core 4's standard rules (WCAG 2.1 AA, GB/T 37668). Each check returns its findings as sentences.
 */
final class PageAudit {

    /**
     * Words that stay in Latin letters in a Chinese interface, compared without case: the product, file formats and
     * encodings as programs name them, a key on the keyboard, the language switch's own name for English, and the demo
     * users' names (data, as a user typed them). Anything marked translate="no" (a typed address) is data too.
     */
    static final Set<String> LATIN_WORDS = Set.of(
            "attain", "excel", "word", "pdf", "csv", "xlsx", "xls", "docx", "txt", "md", "png", "svg", "wps", "utf",
            "gbk", "ctrl", "english", "leader", "owner", "officer", "admin");

    private static final String AXE = axeSource();

    private PageAudit() {}

    private static String axeSource() {
        try (InputStream in =
                PageAudit.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException(
                        "axe-core is missing from the test classpath (org.webjars.npm:axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until Vaadin has answered every request and every chart on the page has drawn its SVG; a page that never
     * settles is a finding (with what it still waited for), not the end of the run.
     */
    static List<String> awaitSettled(WebDriver browser) {
        String state = """
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (document.readyState !== 'complete') return 'the document is ' + document.readyState;
                if (!document.querySelector('script[src*="VAADIN/"]')) return ''; // a page Vaadin does not serve
                if (!flow || !flow.clients) return 'Vaadin has not started';
                const clients = Object.values(flow.clients);
                if (clients.length === 0) return 'no Vaadin client';
                if (clients.some(c => c.isActive && c.isActive())) return 'Vaadin is busy';
                if (document.querySelector('vaadin-connection-indicator[loading]')) return 'the loading bar shows';
                const undrawn = [...document.querySelectorAll('attain-apexchart')]
                    .filter(c => c.checkVisibility() && !c.querySelector('svg.apexcharts-svg'));
                return undrawn.length ? 'a chart is not drawn: ' + undrawn.map(c => c.id).join(', ') : '';
                """;
        JavascriptExecutor js = (JavascriptExecutor) browser;
        try {
            new WebDriverWait(browser, Duration.ofSeconds(45)).until(b -> "".equals(js.executeScript(state)));
        } catch (TimeoutException e) {
            return List.of("the page did not settle in 45 s: " + js.executeScript(state));
        }
        try {
            Thread.sleep(300); // the last layout after the final response
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return List.of();
    }

    /** Every finding on the page now shown; empty when the page is fine. */
    static List<String> findings(WebDriver browser) {
        List<String> found = new ArrayList<>();
        found.addAll(overflow(browser));
        found.addAll(charts(browser));
        found.addAll(englishWords(browser));
        found.addAll(consoleErrors(browser));
        found.addAll(axe(browser));
        return found;
    }

    /** The page, the main landmark or a table inside it wider than the window: information off-screen. */
    @SuppressWarnings("unchecked")
    static List<String> overflow(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const found = [];
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (e.classList.length ? '.' + [...e.classList].join('.') : '');
                const root = document.documentElement;
                if (root.scrollWidth > root.clientWidth + 1) {
                  found.push('the page scrolls sideways: ' + root.scrollWidth + 'px in a window of ' + root.clientWidth + 'px');
                }
                const main = document.querySelector('main');
                if (!main) return found;
                const edge = main.getBoundingClientRect().right;
                if (main.scrollWidth > main.clientWidth + 1) {
                  const wide = [...main.querySelectorAll('*')]
                      .filter(e => e.checkVisibility() && e.getBoundingClientRect().right > edge + 1)
                      .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= edge + 1)
                      .slice(0, 3).map(e => name(e) + ' ends at ' + Math.round(e.getBoundingClientRect().right) + 'px');
                  found.push('the main content is ' + main.scrollWidth + 'px wide in ' + main.clientWidth + 'px: ' + wide.join(', '));
                }
                for (const grid of main.querySelectorAll('vaadin-grid, vaadin-tree-grid')) {
                  const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
                  if (grid.checkVisibility() && table && table.scrollWidth > table.clientWidth + 1) {
                    found.push('the table ' + name(grid) + ' scrolls sideways: ' + table.scrollWidth + 'px in ' + table.clientWidth + 'px');
                  }
                }
                return found;
                """);
    }

    /**
     * Every chart drawn can leave the application (the ApexCharts menu: PNG, SVG, CSV) under a Chinese file name, and
     * the value axis of a bar or line chart starts at zero, so that a gap is drawn to scale.
     */
    @SuppressWarnings("unchecked")
    static List<String> charts(WebDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const found = [];
                for (const chart of document.querySelectorAll('attain-apexchart')) {
                  if (!chart.checkVisibility()) continue;
                  const options = chart._options || {};
                  const name = (((options.chart || {}).toolbar || {}).export || {}).png;
                  const id = 'the chart #' + chart.id;
                  if (!chart.querySelector('.apexcharts-menu-icon')) found.push(id + ' offers no download');
                  if (!name || !/[\u4e00-\u9fff]/.test(name.filename)) {
                    found.push(id + ' downloads as "' + (name && name.filename) + '", not under a Chinese name');
                  }
                  const type = (options.chart || {}).type;
                  if (type === 'bar' || type === 'line') {
                    const horizontal = ((options.plotOptions || {}).bar || {}).horizontal;
                    const values = [...chart.querySelectorAll(horizontal ? '.apexcharts-xaxis-label' : '.apexcharts-yaxis-label')]
                        .map(t => (t.querySelector('tspan') || t).textContent)
                        .map(t => parseFloat(t.replace(/[^0-9.\\-]/g, ''))).filter(n => !isNaN(n));
                    if (values.length && Math.min(...values) > 0) {
                      found.push(id + "'s value axis starts at " + Math.min(...values) + ', not at 0');
                    }
                  }
                }
                return found;
                """);
    }

    /** Latin words in visible text, placeholders and accessible names, shadow DOM included, but for the allowed. */
    @SuppressWarnings("unchecked")
    static List<String> englishWords(WebDriver browser) {
        List<String> words = (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const found = [];
                const visible = e => e && e.checkVisibility({checkOpacity: true, checkVisibilityCSS: true});
                const where = e => {
                  const host = e.getRootNode().host;
                  const own = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
                  return host ? host.tagName.toLowerCase() + (host.id ? '#' + host.id : '') + ' > ' + own : own;
                };
                const look = (text, e) => {
                  for (const word of (text || '').match(/[A-Za-z]{2,}/g) || []) found.push(word + '\\t' + where(e) + '\\t' + text.trim().slice(0, 80));
                };
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) {
                    const parent = node.parentElement;
                    if (parent && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(parent.tagName) && visible(parent)) look(node.nodeValue, parent);
                    return;
                  }
                  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
                  if (node.nodeType === Node.ELEMENT_NODE) {
                    if (['SCRIPT', 'STYLE', 'TEMPLATE', 'VAADIN-DEV-TOOLS'].includes(node.tagName)) return;
                    if (node.getAttribute('translate') === 'no') return;
                    if (visible(node)) {
                      for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
                        if (node.hasAttribute(a)) look(node.getAttribute(a), node);
                      }
                    }
                    if (node.shadowRoot) walk(node.shadowRoot);
                  }
                  for (const child of node.childNodes) walk(child);
                };
                walk(document.body);
                look(document.title, document.documentElement);
                return found;
                """);
        return words.stream()
                .filter(w ->
                        !LATIN_WORDS.contains(w.substring(0, w.indexOf('\t')).toLowerCase(java.util.Locale.ROOT)))
                .map(w -> "an English word in the Chinese interface: " + w.replace('\t', ' '))
                .distinct()
                .toList();
    }

    /** Errors the browser logged while the page loaded and ran. */
    static List<String> consoleErrors(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .map(m -> "a console error: " + m)
                .toList();
    }

    /** axe-core's serious and critical violations, each with its rule, help text and the first elements it names. */
    @SuppressWarnings("unchecked")
    static List<String> axe(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        if (!(Boolean) js.executeScript("return !!window.axe")) {
            js.executeScript(AXE);
        }
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        return (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => 'axe ' + v.impact + ' ' + v.id + ': ' + v.help + ' — '
                        + v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160) + ')').join('; ')
                        + (v.nodes.length > 3 ? ' and ' + (v.nodes.length - 3) + ' more' : ''))))
                  .catch(e => done(['axe failed: ' + e]));
                """);
    }
}
