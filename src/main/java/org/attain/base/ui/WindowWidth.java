package org.attain.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Whether the browser window is narrow (a phone), told to a component when it is shown and whenever the window
 * crosses the line, so that a wide table can turn into cards. Until the browser has answered, a window counts as wide.
 */
public final class WindowWidth {

    /** Below this many CSS pixels a window is a phone's. */
    public static final int NARROW = 700;

    private WindowWidth() {}

    public static void onNarrow(Component component, Consumer<Boolean> listener) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            boolean[] narrow = {false};
            Consumer<Integer> width = w -> {
                boolean now = w > 0 && w < NARROW;
                if (now != narrow[0]) {
                    narrow[0] = now;
                    listener.accept(now);
                }
            };
            ui.getPage().retrieveExtendedClientDetails(details -> width.accept(details.getWindowInnerWidth()));
            Registration resize = ui.getPage().addBrowserWindowResizeListener(e -> width.accept(e.getWidth()));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }
}
