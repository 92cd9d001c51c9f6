package org.attain.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page that does not exist, or one the user's role may not open: its title in the shell's header, a sentence in the
 * user's language and a way back, inside the shell, never a bare white page with a framework message.
 */
abstract class NotFoundPage extends Div implements HasDynamicTitle {

    private static final String MARK = "\u0000";

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
        // the address is what the user typed, not the interface's text: marked so (translate="no")
        String[] around = getTranslation("notFound.text", MARK).split(MARK, 2);
        Span path = new Span("/" + event.getLocation().getPath());
        path.getElement().setAttribute("translate", "no");
        Paragraph text = new Paragraph(new Text(around[0]), path, new Text(around.length > 1 ? around[1] : ""));
        // the way back on a line of its own, not a link that only colour tells apart from the sentence
        add(text, new Paragraph(home));
    }
}
