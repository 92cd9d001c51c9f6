package org.attain.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import org.attain.i18n.LocaleInitializer;
import org.attain.i18n.MessagesI18NProvider;

/**
 * The bar above every view, a landmark of its own: the drawer toggle, the page's one h1 (the view's title), then
 * whatever the shell adds (search), the demo badge and the language switch.
 */
class ShellHeader extends Header {

    private final H1 title = new H1();

    ShellHeader(boolean demo, Component... tools) {
        addClassName("attain-navbar");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("app.menu"));
        title.addClassName("attain-view-title");
        title.setId("view-title");
        Span spacer = new Span();
        spacer.addClassName("attain-navbar-spacer");
        add(toggle, title, spacer);
        add(tools);
        Span demoBadge = new Span(getTranslation("demo.badge"));
        demoBadge.addClassName("attain-demo-badge");
        demoBadge.setTitle(getTranslation("demo.tooltip"));
        demoBadge.setId("demo-badge");
        demoBadge.setVisible(demo);
        add(demoBadge, language());
    }

    void showTitle(String text) {
        title.setText(text);
    }

    private Select<Locale> language() {
        Select<Locale> language = new Select<>();
        language.setItems(MessagesI18NProvider.CHINESE, MessagesI18NProvider.ENGLISH);
        language.setItemLabelGenerator(
                l -> getTranslation(l.getLanguage().equals("en") ? "app.language.en" : "app.language.zh"));
        language.setValue(
                getLocale().getLanguage().equals("en") ? MessagesI18NProvider.ENGLISH : MessagesI18NProvider.CHINESE);
        language.setAriaLabel(getTranslation("app.language"));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> LocaleInitializer.choose(ui, e.getValue()));
            }
        });
        language.addClassName("attain-language");
        return language;
    }
}
