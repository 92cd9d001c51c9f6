package org.attain.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.Locale;
import org.attain.KaribuTest;
import org.attain.dashboard.ui.PortfolioView;
import org.junit.jupiter.api.Test;

class MainLayoutTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_shell_names_the_product_lists_the_views_and_offers_both_languages() {
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(_get(MainLayout.class)).isNotNull();
        assertThat(_find(SideNavItem.class))
                .extracting(SideNavItem::getLabel)
                .containsExactly(
                        "项目总览", "监控轮次", "报送进度", "预警", "报表与会议", "部门整体自评", "绩效目标调整", "评分方案", "导入绩效目标", "导入往年数据", "审计日志",
                        "我的账户");
        Select<Locale> language = _get(Select.class, s -> s.withClasses("attain-language"));
        assertThat(language.getListDataView().getItems()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        assertThat(language.getValue()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
