package org.attain.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.attain.security.AccountRefusal;
import org.attain.security.FirstAdmin;
import org.attain.security.PasswordPolicy;

/** First start without users: the printed one-time token creates the administrator. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · Attain";
    }

    SetupView(FirstAdmin firstAdmin) {
        addClassName("attain-page");
        if (!firstAdmin.setupPending()) {
            add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.done")));
            return;
        }
        TextField token = new TextField(getTranslation("setup.token"));
        token.setId("setup-token");
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setId("setup-password");
        password.setHelperText(getTranslation("account.rule", PasswordPolicy.MIN_LENGTH));
        Button create = new Button(getTranslation("setup.create"), e -> {
            try {
                firstAdmin.completeSetup(token.getValue(), password.getValue());
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (AccountRefusal refused) {
                Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("setup.title")),
                new Paragraph(getTranslation("setup.help")),
                token,
                password,
                create);
    }
}
