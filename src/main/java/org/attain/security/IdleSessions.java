package org.attain.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Where a tab goes when its session has ended: to {@code /login?expired}, which says "已超时，请重新登录", instead
 * of Vaadin's own notification. Sessions end after the idle time even with a tab open: Vaadin closes idle UIs
 * ({@code vaadin.closeIdleSessions=true}) and {@link IdleSessionFilter} ends the HTTP session and its sign-in.
 */
@Component
class IdleSessions implements VaadinServiceInitListener {

    static final String EXPIRED_PATH = "/login?expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(IdleSessions::messages);
    }

    static SystemMessages messages(SystemMessagesInfo info) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredURL(
                (info.getRequest() == null ? "" : info.getRequest().getContextPath()) + EXPIRED_PATH);
        return messages;
    }
}
