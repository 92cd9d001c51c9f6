package org.attain.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.attain.base.ui.Routes;
import org.attain.security.AccountRefusal;
import org.attain.security.CurrentUser;
import org.attain.security.PasswordPolicy;
import org.attain.security.UserService;

/** Every user: who am I, change my password, sign out. */
@Route(Routes.ACCOUNT)
@PageTitle("Attain")
@Menu(order = 90, icon = "vaadin:user", title = "nav.account")
@PermitAll
public class AccountView extends VerticalLayout {

    AccountView(UserService users, CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("attain-page");
        String name = currentUser.name();
        PasswordField current = new PasswordField(getTranslation("account.current"));
        PasswordField next = new PasswordField(getTranslation("account.new"));
        next.setHelperText(getTranslation("account.rule", PasswordPolicy.MIN_LENGTH));
        Button change = new Button(getTranslation("account.change"), e -> {
            try {
                boolean forced = users.mustChangePassword(name);
                users.changePassword(name, current.getValue(), next.getValue());
                current.clear();
                next.clear();
                Notification.show(getTranslation("account.changed"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                if (forced) {
                    Routes.go(Routes.portfolio()); // the way to every other page is open again
                }
            } catch (AccountRefusal refused) {
                Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        Button logout = new Button(getTranslation("account.logout"), e -> authentication.logout());
        logout.setId("logout");
        add(
                new H2(getTranslation("account.title")),
                new Paragraph(getTranslation(
                        "account.user",
                        name,
                        users.find(name)
                                .map(u -> u.displayName() + " · "
                                        + getTranslation("role." + u.role().name()))
                                .orElse(""))));
        if (users.mustChangePassword(name)) {
            Paragraph notice = new Paragraph(getTranslation("account.mustChange"));
            notice.setId("must-change");
            notice.addClassName("attain-review-reason");
            add(notice);
        }
        add(current, next, change, logout);
    }
}
