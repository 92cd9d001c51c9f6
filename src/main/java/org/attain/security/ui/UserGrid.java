package org.attain.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.function.Consumer;
import org.attain.security.UserAccount;

/** The accounts: login, name, department, role and state, each with an Edit button. */
class UserGrid extends Grid<UserAccount> {

    UserGrid(Consumer<UserAccount> edit) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(UserAccount::username)
                .setHeader(getTranslation("users.username"))
                .setKey("username");
        addColumn(UserAccount::displayName)
                .setHeader(getTranslation("users.name"))
                .setKey("name");
        addColumn(u -> u.department() == null ? "" : u.department())
                .setHeader(getTranslation("users.department"))
                .setKey("department");
        addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("users.role"))
                .setKey("role");
        addColumn(u -> getTranslation(
                        !u.enabled()
                                ? "users.state.disabled"
                                : u.mustChangePassword() ? "users.state.mustChange" : "users.state.active"))
                .setHeader(getTranslation("users.state"))
                .setKey("state");
        addComponentColumn(u -> new Button(getTranslation("users.editButton"), e -> edit.accept(u)))
                .setKey("edit")
                .setFlexGrow(0)
                .setWidth("7rem");
        setAllRowsVisible(true);
        setId("user-grid");
    }
}
