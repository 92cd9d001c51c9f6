package org.attain.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import org.attain.base.Organisation;
import org.springframework.core.env.Environment;

/**
 * The shell around every view: the organisation and product in the drawer with the side navigation built from the
 * routes, a header with the view's title as the page's one h1, and the view itself in the page's main landmark. The
 * browser tab reads "view · organisation".
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String SUFFIX = " · Attain";
    private final Main main = new Main();
    private final ShellHeader header;
    private final Organisation organisation;

    MainLayout(Environment environment, Organisation organisation) {
        this.organisation = organisation;
        setPrimarySection(Section.DRAWER);
        Nav nav = new Nav(new Brand(organisation), new Scroller(createSideNav()));
        nav.setAriaLabel(getTranslation("app.navigation"));
        nav.addClassName("attain-drawer");
        addToDrawer(nav);
        header = new ShellHeader(environment.matchesProfiles("demo"));
        addToNavbar(header);
        main.addClassName("attain-main");
        setContent(main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String title = viewTitle(event);
        header.showTitle(title);
        // after the router has set the view's own title for this response
        getUI().ifPresent(ui -> ui.beforeClientResponse(ui, context -> ui.getPage()
                .setTitle(title + " · " + organisation.name().orElse("Attain"))));
    }

    /** The view's own title without the product's name, else its menu title, else the product's name. */
    private String viewTitle(AfterNavigationEvent event) {
        Component view = event.getActiveChain().isEmpty()
                ? null
                : (Component) event.getActiveChain().getFirst();
        String title = view instanceof HasDynamicTitle dynamic
                ? dynamic.getPageTitle()
                : view != null && view.getClass().isAnnotationPresent(PageTitle.class)
                        ? view.getClass().getAnnotation(PageTitle.class).value()
                        : "";
        title = title == null
                ? ""
                : title.endsWith(SUFFIX) ? title.substring(0, title.length() - SUFFIX.length()) : title;
        if (!title.isBlank() && !title.equals("Attain")) {
            return title;
        }
        String path = event.getLocation().getPath();
        return MenuConfiguration.getMenuEntries().stream()
                .filter(m -> m.path().replaceAll("^/|/$", "").equals(path))
                .findFirst()
                .map(m -> getTranslation(m.title()))
                .orElse(getTranslation("app.name"));
    }

    private SideNav createSideNav() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private SideNavItem createItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().contains(":")) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }
}
