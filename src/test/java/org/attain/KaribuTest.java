package org.attain;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Views tested as a user would use them: server side, with the real services and database behind them. */
@AttainSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.attain");

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        login("officer", org.attain.security.Role.PERFORMANCE_OFFICER);
    }

    /** Signs in as a user with one role, as the login form would (the demo profile creates officer, owner, …). */
    public static void login(String username, org.attain.security.Role role) {
        var auth = new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                username,
                null,
                java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority(role.authority())));
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest)
                com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole(
                (principal, r) -> role.name().equals(r) || role.authority().equals(r));
    }

    /** Signs out: the next navigation is anonymous. */
    protected static void logout() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var request = (com.github.mvysny.fakeservlet.FakeRequest)
                com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, r) -> false);
    }

    /** Navigates to a link's href, query parameters included, as a click on it would. */
    protected static void navigateTo(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        parts[0],
                        parts.length > 1
                                ? com.vaadin.flow.router.QueryParameters.fromString(parts[1])
                                : com.vaadin.flow.router.QueryParameters.empty());
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
