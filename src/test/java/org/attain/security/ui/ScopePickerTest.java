package org.attain.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.attain.KaribuTest;
import org.attain.project.DepartmentTree;
import org.attain.security.AccountScopes;
import org.attain.security.Role;
import org.attain.security.SystemIdentity;
import org.attain.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The administrator scopes an account to a unit of a department, and back to the whole bureau; both are audited. */
@Transactional
class ScopePickerTest extends KaribuTest {

    @Autowired
    DepartmentTree tree;

    @Autowired
    AccountScopes scopes;

    @Autowired
    JdbcClient jdbc;

    @SuppressWarnings("unchecked")
    private void edit(String username) {
        UI.getCurrent().navigate(UsersView.class);
        Grid<UserAccount> grid = _get(Grid.class, s -> s.withId("user-grid"));
        int row = grid.getListDataView()
                .getItems()
                .map(UserAccount::username)
                .toList()
                .indexOf(username);
        _click((Button) GridKt._getCellComponent(grid, row, "edit"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_administrator_scopes_an_account_to_a_unit_and_back_to_the_bureau() {
        SystemIdentity.run(() -> tree.place("鄂州市总工会", "鄂州市总工会机关"));
        login("admin", Role.ADMIN);
        edit("leader");
        ComboBox<DepartmentTree.Node> scope = _get(ComboBox.class, s -> s.withId("user-scope"));
        assertThat(ComboBoxKt.getSuggestions(scope)).contains("鄂州市总工会", "鄂州市总工会 › 鄂州市总工会机关");
        ComboBoxKt.selectByLabel(scope, "鄂州市总工会 › 鄂州市总工会机关");
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(scopes.of("leader").name()).isEqualTo("鄂州市总工会机关");

        edit("leader");
        scope = _get(ComboBox.class, s -> s.withId("user-scope"));
        assertThat(scope.getValue().name()).isEqualTo("鄂州市总工会机关");
        _setValue(scope, null);
        _click(_get(Button.class, s -> s.withId("user-save")));
        assertThat(scopes.of("leader").all()).isTrue();
        assertThat(jdbc.sql("SELECT CONCAT(changed_by, ':', COALESCE(old_value, '-'), '→', COALESCE(new_value, '-'))"
                                + " FROM change_log WHERE field = 'scope:leader' ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("admin:-→鄂州市总工会机关", "admin:鄂州市总工会机关→-");
    }
}
