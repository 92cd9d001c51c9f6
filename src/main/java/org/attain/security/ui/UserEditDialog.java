package org.attain.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentTree;
import org.attain.security.AccountRefusal;
import org.attain.security.AccountScopes;
import org.attain.security.PasswordPolicy;
import org.attain.security.Role;
import org.attain.security.UserAccount;
import org.attain.security.UserAdministration;

/**
 * An administrator's changes to one account: the person's name, department and role; disabling or enabling it; a new
 * password that its user must change at the next sign-in.
 */
class UserEditDialog extends Dialog {

    private final UserAdministration admin;
    private final Runnable changed;

    UserEditDialog(
            UserAdministration admin,
            AccountScopes scopes,
            List<DepartmentTree.Node> departments,
            UserAccount user,
            Runnable changed) {
        this.admin = admin;
        this.changed = changed;
        setId("user-dialog");
        setHeaderTitle(getTranslation("users.edit", user.username()));
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("user-name");
        name.setMaxLength(UserAdministration.NAME_MAX);
        name.setValue(user.displayName());
        TextField department = new TextField(getTranslation("users.department"));
        department.setId("user-department");
        department.setMaxLength(UserAdministration.DEPARTMENT_MAX);
        department.setValue(user.department() == null ? "" : user.department());
        TextField email = new TextField(getTranslation("users.email"));
        email.setId("user-email");
        email.setMaxLength(UserAdministration.EMAIL_MAX);
        email.setValue(user.email() == null ? "" : user.email());
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(user.role());
        DepartmentScope scope = scopes.of(user.username());
        ScopePicker scopePicker = new ScopePicker(departments, scope);
        Button save = new Button(
                getTranslation("users.save"),
                e -> act(
                        () -> {
                            admin.update(
                                    user.username(),
                                    name.getValue(),
                                    department.getValue(),
                                    email.getValue(),
                                    role.getValue());
                            if (!Objects.equals(scope.department(), scopePicker.department())) {
                                scopes.scope(user.username(), scopePicker.department());
                            }
                        },
                        "users.saved"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        PasswordField password = new PasswordField(getTranslation("users.newPassword"));
        password.setId("user-password");
        password.setHelperText(getTranslation("users.newPassword.help", PasswordPolicy.MIN_LENGTH));
        Button reset = new Button(
                getTranslation("users.resetPassword"),
                e -> act(() -> admin.resetPassword(user.username(), password.getValue()), "users.passwordSet"));
        reset.setId("user-reset-password");
        Button toggle = new Button(
                getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                e -> act(
                        () -> admin.setEnabled(user.username(), !user.enabled()),
                        user.enabled() ? "users.disabled" : "users.enabled"));
        toggle.setId("user-toggle");
        if (user.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        FormLayout form = new FormLayout(name, department, email, role, scopePicker);
        add(form, new Paragraph(getTranslation(user.enabled() ? "users.enabledNote" : "users.disabledNote")), password);
        getFooter().add(toggle, reset, save, new Button(getTranslation("users.close"), e -> close()));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(getTranslation(done), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            changed.run();
        } catch (AccountRefusal refused) {
            Notification.show(refused.message(getLocale()), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
