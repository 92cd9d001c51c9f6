package org.attain.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.attain.KaribuTest;
import org.attain.dashboard.ui.PortfolioView;
import org.attain.security.Role;
import org.attain.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/** People, not logins, as the administrator and the user see it. */
@Transactional
class PeopleViewTest extends KaribuTest {

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
    void the_administrator_names_a_person_and_sets_a_password_they_must_change_before_anything_else() {
        login("admin", Role.ADMIN);
        edit("owner");
        _setValue(_get(TextField.class, s -> s.withId("user-name")), "李静");
        _setValue(_get(TextField.class, s -> s.withId("user-department")), "市总工会财务部");
        _click(_get(Button.class, s -> s.withId("user-save")));
        Grid<UserAccount> grid = _get(Grid.class, s -> s.withId("user-grid"));
        int row = grid.getListDataView()
                .getItems()
                .map(UserAccount::username)
                .toList()
                .indexOf("owner");
        assertThat(GridKt._getFormatted(grid, row, "name")).isEqualTo("李静");
        assertThat(GridKt._getFormatted(grid, row, "department")).isEqualTo("市总工会财务部");

        edit("owner");
        _setValue(_get(PasswordField.class, s -> s.withId("user-password")), "harbour-Lantern-77");
        _click(_get(Button.class, s -> s.withId("user-reset-password")));
        assertThat(GridKt._getFormatted(_get(Grid.class, s -> s.withId("user-grid")), row, "state"))
                .isEqualTo("须修改密码");

        login("owner", Role.PROJECT_OWNER);
        UI.getCurrent().navigate(PortfolioView.class);
        assertThat(_find(PortfolioView.class)).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("must-change")).getText())
                .startsWith("管理员已为你设置了新密码");
        _setValue(_get(PasswordField.class, s -> s.withLabel("当前密码")), "harbour-Lantern-77");
        _setValue(_get(PasswordField.class, s -> s.withLabel("新密码")), "my-own-Secret-2025");
        _click(_get(Button.class, s -> s.withId("change-password")));
        assertThat(_find(PortfolioView.class)).hasSize(1);
    }
}
