package org.attain.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every UI starts in the language chosen in this session, Simplified Chinese unless English was picked. The choice is
 * kept in the HTTP session, where the error pages that Vaadin never sees find it too.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    public static final String SESSION_KEY = "attain.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(currentLocale(e.getUI())));
    }

    static Locale currentLocale(UI ui) {
        VaadinSession session = ui.getSession();
        return chosen(session == null ? null : session.getSession().getAttribute(SESSION_KEY));
    }

    /** The language of a session attribute written by {@link #choose}: Chinese unless English was chosen. */
    public static Locale chosen(@Nullable Object attribute) {
        return attribute instanceof Locale locale ? Texts.of(locale).locale() : MessagesI18NProvider.CHINESE;
    }

    public static void choose(UI ui, Locale locale) {
        ui.getSession().getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
