package org.attain.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import org.attain.base.ui.Routes;
import org.attain.security.CurrentUser;
import org.attain.security.Role;
import org.attain.security.UserService;
import org.springframework.stereotype.Component;

/**
 * A user whose password an administrator set must choose their own before anything else: every page they open leads
 * to their account page until they have.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final UserService users;

    PasswordChangeGate(CurrentUser currentUser, UserService users) {
        this.currentUser = currentUser;
        this.users = users;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        boolean signedIn = Arrays.stream(Role.values()).anyMatch(currentUser::has);
        if (signedIn
                && !Routes.ACCOUNT.equals(event.getLocation().getPath())
                && users.mustChangePassword(currentUser.name())) {
            event.rerouteTo(Routes.ACCOUNT);
        }
    }
}
