package org.attain.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI starts in the language chosen in this session, Simplified Chinese unless English was picked. */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    static final String SESSION_KEY = "attain.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(currentLocale(e.getUI())));
    }

    static Locale currentLocale(UI ui) {
        VaadinSession session = ui.getSession();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : MessagesI18NProvider.CHINESE;
    }

    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(SESSION_KEY, locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
