package org.attain.i18n;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attain.KaribuTest;
import org.attain.base.ui.Routes;
import org.attain.project.ProjectService;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page in English, as each role sees it: once the data (names, targets, units, the texts people wrote) is taken
 * out, no Chinese character is left — headings, buttons, field labels, grid headers and cells, choices and sentences
 * all come from the English bundle; and the texts Vaadin's components bring (upload, date picker, empty grid) follow
 * the page's language both ways.
 */
class EnglishWalkThroughTest extends KaribuTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}，。：；（）“”、]+");
    private static final Checkpoint JUNE = new Checkpoint(2025, 6);
    /** The language switch names each language in itself, as language switches do: not a text to translate. */
    private static final String LANGUAGE_NAME = "中文";
    /**
     * Parts of a page worded elsewhere: the consistency findings on the project page are still sentences of the
     * importer (importing/ConsistencyChecker), which its own rewrite turns into keys.
     */
    private static final List<String> WORDED_ELSEWHERE = List.of("findings");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProjectService projects;

    private List<String> data;
    /** A number with the unit of a target ("540人", "1500元/人年"): data, whatever the unit's language. */
    private Pattern amounts;

    @BeforeEach
    void english() {
        VaadinSession.getCurrent().getSession().setAttribute(LocaleInitializer.SESSION_KEY, Locale.ENGLISH);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        data = dataTexts();
    }

    @Test
    void the_officer_sees_every_page_in_english() {
        long project = projectId("鄂州市劳模春节慰问专项资金");
        long indicator = jdbc.sql("SELECT id FROM indicator WHERE project_id = :p AND goal_table = 'ANNUAL' ORDER BY id"
                        + " LIMIT 1")
                .param("p", project)
                .query(Long.class)
                .single();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("portfolio", Routes.portfolio(JUNE));
        pages.put("project", Routes.project(project, JUNE));
        pages.put("indicator", Routes.indicator(project, indicator, JUNE));
        pages.put("actuals", Routes.actuals(project, JUNE));
        pages.put("self-evaluation", Routes.selfEvaluation(project, JUNE));
        pages.put("reports", Routes.reports(JUNE));
        pages.put("meeting agenda", Routes.meeting(JUNE, 0));
        pages.put("meeting slide", Routes.meeting(JUNE, 1));
        pages.put("import", Routes.importing());
        pages.put("rounds", "rounds");
        pages.put("account", "account");
        pages.put("no such page", "no-such-page");
        assertThat(chineseLeftOn(pages)).isEmpty();
    }

    @Test
    void the_owner_the_leader_and_the_administrator_see_their_pages_in_english() {
        long project = projectId("鄂州市困难职工常态化帮扶及送温暖专项资金");
        login("owner", Role.PROJECT_OWNER);
        assertThat(chineseLeftOn(Map.of(
                        "owner's entry", Routes.actuals(project, JUNE), "owner's portfolio", Routes.portfolio(JUNE))))
                .isEmpty();
        login("leader", Role.LEADER);
        assertThat(chineseLeftOn(
                        Map.of("leader's project", Routes.project(project, JUNE), "leader's denied page", "users")))
                .isEmpty();
        login("admin", Role.ADMIN);
        assertThat(chineseLeftOn(Map.of("users", "users", "audit log", "audit")))
                .isEmpty();
    }

    @Test
    void vaadin_components_bring_no_english_of_their_own_into_a_chinese_page_nor_chinese_into_an_english_one() {
        long project = projectId("鄂州市困难职工常态化帮扶及送温暖专项资金");
        login("owner", Role.PROJECT_OWNER);
        navigateTo(Routes.actuals(project, JUNE));
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("Drop a file here");
        login("officer", Role.PERFORMANCE_OFFICER);
        navigateTo("rounds");
        DatePicker.DatePickerI18n english = _get(DatePicker.class).getI18n();
        assertThat(english.getMonthNames().getFirst()).isEqualTo("January");
        assertThat(english.getToday()).isEqualTo("Today");
        VaadinSession.getCurrent().getSession().setAttribute(LocaleInitializer.SESSION_KEY, Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigateTo("audit");
        DatePicker.DatePickerI18n chinese = _find(DatePicker.class).getFirst().getI18n();
        assertThat(chinese.getMonthNames().getFirst()).isEqualTo("一月");
        assertThat(chinese.getToday()).isEqualTo("今天");
        assertThat(_get(Grid.class).getEmptyStateText()).isEqualTo("没有符合条件的记录");
        login("owner", Role.PROJECT_OWNER);
        navigateTo(Routes.actuals(project, JUNE));
        assertThat(_get(Upload.class).getI18n().getDropFiles().getOne()).isEqualTo("拖放文件到这里");
        assertThat(_get(Upload.class).getI18n().getError().getIncorrectFileType())
                .isEqualTo("不接受此类文件");
    }

    @Test
    void the_check_finds_chinese_ui_text_but_not_data() {
        assertThat(leftOver("Project 鄂州市劳模春节慰问专项资金 · 540人 of ≥574人 · 预算执行"))
                .singleElement()
                .asString()
                .startsWith("预算执行 in «")
                .doesNotContain("鄂州", "人");
    }

    private Map<String, List<String>> chineseLeftOn(Map<String, String> pages) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        pages.forEach((name, location) -> {
            navigateTo(location);
            List<String> left = leftOver(pageText());
            if (!left.isEmpty()) {
                found.put(name, left);
            }
        });
        return found;
    }

    /**
     * The Chinese left in a text once every piece of data is taken out, each with the words around it. Data is marked
     * where it stands in the text as shown, so that one piece of data cannot cut another short ("3000元/人" inside
     * "3000元/人年").
     */
    private List<String> leftOver(String text) {
        boolean[] isData = new boolean[text.length()];
        for (String d : data) {
            for (int i = text.indexOf(d); i >= 0; i = text.indexOf(d, i + 1)) {
                java.util.Arrays.fill(isData, i, i + d.length(), true);
            }
        }
        Matcher amount = amounts.matcher(text);
        while (amount.find()) {
            java.util.Arrays.fill(isData, amount.start(), amount.end(), true);
        }
        StringBuilder rest = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            rest.append(
                    isData[i] ? (i > 0 && isData[i - 1] ? "" : "◇") : text.charAt(i) == '\n' ? " " : text.charAt(i));
        }
        List<String> left = new ArrayList<>();
        Matcher m = CJK.matcher(rest);
        while (m.find()) {
            left.add(m.group() + " in «"
                    + rest.substring(Math.max(0, m.start() - 20), Math.min(rest.length(), m.end() + 20)) + "»");
        }
        return left.stream().distinct().toList();
    }

    /** Every text the page shows: text nodes, labels and titles, grid headers and cells, the choices of selects. */
    private static String pageText() {
        StringBuilder sb = new StringBuilder();
        for (Component c : _find(Component.class)) {
            if (wordedElsewhere(c)) {
                continue;
            }
            Element e = c.getElement();
            sb.append(e.getText()).append('\n');
            for (String p : List.of(
                    "label",
                    "helperText",
                    "placeholder",
                    "title",
                    "errorMessage",
                    "accessibleName",
                    "emptySelectionCaption",
                    "headerTitle")) {
                if (e.hasProperty(p)) {
                    sb.append(e.getProperty(p)).append('\n');
                }
            }
            for (String a : List.of("title", "aria-label", "label")) {
                if (e.hasAttribute(a)) {
                    sb.append(e.getAttribute(a)).append('\n');
                }
            }
            if (c instanceof Grid<?> grid) {
                grid.getColumns().forEach(col -> sb.append(col.getHeaderText()).append('\n'));
                for (int i = 0; i < Math.min(GridKt._size(grid), 40); i++) {
                    sb.append(String.join(" ", GridKt._getFormattedRow(grid, i)))
                            .append('\n');
                }
            }
            if (c instanceof Select<?> select) {
                sb.append(choices(select)).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean wordedElsewhere(Component c) {
        for (Component at = c; at != null; at = at.getParent().orElse(null)) {
            if (at.getId().filter(WORDED_ELSEWHERE::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static <T> String choices(Select<T> select) {
        List<String> labels = new ArrayList<>();
        var label = select.getItemLabelGenerator();
        select.getListDataView()
                .getItems()
                .forEach(item -> labels.add(label == null ? String.valueOf(item) : label.apply(item)));
        return String.join(" ", labels);
    }

    /** What people and documents wrote, longest first: it may be Chinese on an English page. */
    private List<String> dataTexts() {
        List<String> units =
                jdbc
                        .sql("SELECT DISTINCT unit FROM indicator WHERE unit IS NOT NULL")
                        .query(String.class)
                        .list()
                        .stream()
                        .sorted(Comparator.comparingInt(String::length).reversed())
                        .toList();
        amounts = Pattern.compile("\\d[\\d.,]*\\s*("
                + String.join("|", units.stream().map(Pattern::quote).toList()) + ")");
        List<String> texts = new ArrayList<>(units);
        texts.add(LANGUAGE_NAME);
        for (String[] column : new String[][] {
            {"project", "name"},
            {"project", "project_type"},
            {"project", "fund_nature"},
            {"project", "basis"},
            {"project", "long_term_goal"},
            {"project", "annual_goal"},
            {"department", "name"},
            {"indicator", "name"},
            {"indicator", "category"},
            {"indicator", "subcategory"},
            {"indicator", "target_text"},
            {"indicator", "target_basis"},
            {"indicator_actual", "narrative"},
            {"indicator_actual", "reason_text"},
            {"indicator_actual", "corrective_action"},
            {"indicator_actual", "note"},
            {"budget_execution", "adjustment_reason"},
            {"budget_execution", "reason_text"},
            {"budget_execution", "corrective_action"},
            {"meeting_note", "remarks"},
            {"meeting_note", "decisions"},
            {"app_user", "display_name"},
            {"app_user", "department"},
            {"meeting", "place"},
            {"meeting", "chair"},
            {"meeting", "attendees"},
            {"meeting_note", "decision_owner"},
            {"indicator_actual", "review_reason"},
            {"budget_execution", "review_reason"},
            {"target_adjustment", "reason"},
            {"target_adjustment", "basis"},
            {"target_adjustment", "name"},
            {"target_adjustment", "new_target"},
            {"target_adjustment", "old_target"}
        }) {
            texts.addAll(jdbc.sql("SELECT DISTINCT " + column[1] + " FROM " + column[0] + " WHERE " + column[1]
                            + " IS NOT NULL")
                    .query(String.class)
                    .list());
        }
        List<String> shortNames = texts.stream()
                .map(n -> n.replaceFirst("^鄂州市", "").replace("专项资金", ""))
                .toList();
        texts.addAll(shortNames);
        texts.removeIf(String::isBlank);
        texts.sort(Comparator.comparingInt(String::length).reversed());
        return texts;
    }

    private long projectId(String name) {
        return projects.findExisting("鄂州市总工会", 2025, name).orElseThrow().getId();
    }
}
