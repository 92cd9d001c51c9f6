package org.attain.base.ui;

import java.util.Objects;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;
import org.attain.i18n.LocaleInitializer;
import org.attain.i18n.MessagesI18NProvider;
import org.springframework.core.env.Environment;

/** The shell around every view: product name, side navigation built from the routes, language switch. */
@Layout
@jakarta.annotation.security.PermitAll
public class MainLayout extends AppLayout {

    MainLayout(Environment environment) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(createBrand(), new Scroller(createSideNav()));
        addToNavbar(new DrawerToggle(), createNavbarContent(environment.matchesProfiles("demo")));
    }

    private Span createBrand() {
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("attain-brand");
        return brand;
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        String title = getTranslation(entry.title());
        SideNavItem item = new SideNavItem(title, entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }

    private HorizontalLayout createNavbarContent(boolean demo) {
        Span subtitle = new Span(getTranslation("app.subtitle"));
        subtitle.addClassName("attain-subtitle");
        Span demoBadge = new Span(getTranslation("demo.badge"));
        demoBadge.addClassName("attain-demo-badge");
        demoBadge.setTitle(getTranslation("demo.tooltip"));
        demoBadge.setId("demo-badge");
        demoBadge.setVisible(demo);
        Select<Locale> language = new Select<>();
        language.setItems(MessagesI18NProvider.CHINESE, MessagesI18NProvider.ENGLISH);
        language.setItemLabelGenerator(l -> l.getLanguage().equals("en") ? "English" : "中文");
        language.setValue(getLocale().getLanguage().equals("en") ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.CHINESE);
        language.setAriaLabel(getTranslation("app.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> LocaleInitializer.choose(ui, e.getValue()));
            }
        });
        language.addClassName("attain-language");
        HorizontalLayout right = new HorizontalLayout(demoBadge, language);
        right.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout bar = new HorizontalLayout(subtitle, right);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.addClassName("attain-navbar");
        return bar;
    }
}
