package org.attain.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.attain.i18n.Texts;
import org.attain.project.OutOfScopeException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No failure is silent: an exception that a view did not handle (a database error, a refused action) reaches the
 * user as a message in their language, never as a library's text, and the log keeps the details. Every service call
 * is one transaction, so the message can say that nothing was changed.
 */
@Component
class ErrorNotifier implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorNotifier.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String key = causedBy(error, AccessDeniedException.class)
                ? "error.denied"
                : causedBy(error, DataAccessException.class) ? "error.database" : "error.unexpected";
        log.warn("Unhandled error in the UI ({}): {}", key, error.toString(), error);
        UI ui = UI.getCurrent();
        OutOfScopeException outOfScope = cause(error, OutOfScopeException.class);
        if (ui != null && outOfScope != null) {
            // another department's project: say whose it is, not that something failed
            Notification.show(Texts.of(ui.getLocale()).render(outOfScope.message()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        if (ui != null) {
            Notification.show(ui.getTranslation(key), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private static <T extends Throwable> @Nullable T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
