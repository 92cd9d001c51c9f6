package org.attain.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.attain.KaribuTest;
import org.junit.jupiter.api.Test;

/** A refused document is explained on the page, line and field, in the user's language; nothing can be confirmed. */
class ImportRefusalViewTest extends KaribuTest {

    static final byte[] NEGATIVE_BUDGET = """
            2025年项目支出绩效目标批复
            项目名称\t测试项目
            项目预算\t-8
            年度绩效目标表
            年度绩效目标1\t产出指标\t数量指标\t慰问人数\t≥10人\t计划值
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void the_refusal_names_line_and_field_in_chinese() {
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).showPreview("approval.txt", NEGATIVE_BUDGET);
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly("第 3 行：项目预算“-8”不能为负数");
        assertThat(_find(Button.class, s -> s.withId("confirm-import"))).isEmpty();
    }

    @Test
    void the_refusal_names_line_and_field_in_english() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(ImportView.class);
        _get(ImportView.class).showPreview("approval.txt", NEGATIVE_BUDGET);
        assertThat(_find(ListItem.class))
                .extracting(ListItem::getText)
                .containsExactly("Line 3: Project budget \"-8\" cannot be negative");
    }
}
