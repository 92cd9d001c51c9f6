package org.attain.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.attain.base.ui.ComponentTexts;
import org.attain.security.FirstAdmin;
import org.attain.security.LoginFailure;
import org.springframework.security.web.WebAttributes;

/**
 * Sign in (zh-CN or English). {@code ?error} is a wrong name or password, {@code ?error=locked} a name or address
 * blocked after repeated failures, {@code ?expired} a session that ended after the idle time.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();
    private final FirstAdmin firstAdmin;

    LoginView(FirstAdmin firstAdmin) {
        this.firstAdmin = firstAdmin;
        addClassName("attain-login");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        ComponentTexts.login(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");
        login.setId("login-form");
        add(new H1(getTranslation("app.name")), login);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Attain";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        String problem = parameters.containsKey("expired")
                ? "login.expired"
                : parameters.getOrDefault("error", List.of()).contains("locked")
                        ? "login.locked"
                        : parameters.containsKey("error")
                                ? (databaseUnavailable() ? "login.error.unavailable" : "login.error")
                                : null;
        if (problem != null) {
            i18n.getErrorMessage().setTitle(getTranslation(problem + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(problem + ".message"));
        }
        login.setI18n(i18n);
        login.setError(problem != null);
        if (firstAdmin.setupPending()) {
            Anchor setup = new Anchor("setup", getTranslation("setup.link"));
            setup.setId("setup-link");
            add(setup);
        }
    }

    /**
     * Whether the login failed because the database did not answer: Spring Security keeps the failure in the
     * session, and the user lookup's data-access exception is its cause. That is no reason to doubt the password.
     */
    private static boolean databaseUnavailable() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure =
                session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return LoginFailure.causedByDatabase(failure);
    }
}
