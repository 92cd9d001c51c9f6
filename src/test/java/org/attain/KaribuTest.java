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
    }

    /** Navigates to a link's href, query parameters included, as a click on it would. */
    protected static void navigateTo(String href) {
        String[] parts = href.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1
                ? com.vaadin.flow.router.QueryParameters.fromString(parts[1])
                : com.vaadin.flow.router.QueryParameters.empty());
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }
}
