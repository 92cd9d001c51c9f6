package org.attain.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.attain.project.DepartmentTree;
import org.attain.project.ProjectService;
import org.attain.project.ProjectSummary;
import org.attain.security.AccountRefusal;
import org.attain.security.AccountScopes;
import org.attain.security.PasswordPolicy;
import org.attain.security.Role;
import org.attain.security.UserAccount;
import org.attain.security.UserAdministration;
import org.attain.security.UserService;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;

/** Administrators: accounts and which projects each project owner may enter. */
@Route("users")
@PageTitle("Attain")
@Menu(order = 80, icon = "vaadin:users", title = "nav.users")
@RolesAllowed(Role.ADMINISTRATOR)
public class UsersView extends VerticalLayout {

    private final UserService users;
    private final UserGrid grid;

    UsersView(
            UserService users,
            UserAdministration admin,
            ProjectService projects,
            AccountScopes scopes,
            DepartmentTree tree) {
        this.users = users;
        this.grid = new UserGrid(u -> new UserEditDialog(admin, scopes, tree.all(), u, this::refresh).open());
        addClassName("attain-page");
        refresh();

        TextField username = new TextField(getTranslation("users.username"));
        TextField name = new TextField(getTranslation("users.name"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.PROJECT_OWNER);
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("account.rule", PasswordPolicy.MIN_LENGTH));
        Button create = new Button(
                getTranslation("users.create"),
                e -> act(() -> {
                    users.create(username.getValue().strip(), name.getValue(), role.getValue(), password.getValue());
                    username.clear();
                    name.clear();
                    password.clear();
                }));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("create-user");
        HorizontalLayout form = new HorizontalLayout(username, name, role, password, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        List<ProjectSummary> all = projects.summaries(null, PageRequest.of(0, 2000));
        Select<UserAccount> owner = new Select<>();
        owner.setLabel(getTranslation("users.owner"));
        owner.setItems(users.list().stream()
                .filter(u -> u.role() == Role.PROJECT_OWNER)
                .toList());
        owner.setItemLabelGenerator(u -> getTranslation("users.nameAndLogin", u.displayName(), u.username()));
        MultiSelectComboBox<ProjectSummary> assigned = new MultiSelectComboBox<>(getTranslation("users.projects"));
        assigned.setItems(all);
        assigned.setItemLabelGenerator(p -> p.year() + " " + p.name());
        assigned.setWidth("40rem");
        owner.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                List<Long> ids = users.assignedProjects(e.getValue().username());
                assigned.setValue(all.stream().filter(p -> ids.contains(p.id())).toList());
            }
        });
        Button assign = new Button(
                getTranslation("users.assign"),
                e -> act(() -> users.assign(
                        owner.getValue().username(),
                        assigned.getValue().stream().map(ProjectSummary::id).toList())));
        assign.setId("assign-projects");
        HorizontalLayout assignment = new HorizontalLayout(owner, assigned, assign);
        assignment.setAlignItems(FlexComponent.Alignment.BASELINE);
        assignment.setWrap(true);
        add(
                new H2(getTranslation("nav.users")),
                new Paragraph(getTranslation("users.help")),
                grid,
                new H3(getTranslation("users.new")),
                form,
                new H3(getTranslation("users.assignment")),
                assignment);
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
            Notification.show(getTranslation("self.saved"), 2500, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (AccountRefusal refused) {
            Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (IllegalArgumentException | NullPointerException ex) {
            Notification.show(
                            ex.getMessage() == null ? getTranslation("users.incomplete") : ex.getMessage(),
                            6000,
                            Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (DataAccessException ex) {
            Notification.show(getTranslation("error.database"), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void refresh() {
        grid.setItems(users.list());
    }
}
