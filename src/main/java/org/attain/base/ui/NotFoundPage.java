package org.attain.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that does not exist, or one the user's role may not open: its title in the shell's header, a sentence in the
 * user's language and a way back, inside the shell, never a bare white page with a framework message.
 */
abstract class NotFoundPage extends Div implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title");
    }

    void show(BeforeEnterEvent event) {
        removeAll();
        addClassName("attain-page");
        setId("not-found");
        Anchor home = new Anchor("./", getTranslation("notFound.back"));
        home.setId("not-found-home");
        add(
                new Paragraph(getTranslation(
                        "notFound.text", "/" + event.getLocation().getPath())),
                home);
    }
}
