package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.attain.base.ui.Routes;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio of one department (部门) or of all: a change navigates, so that the choice lives in the URL
 * ({@code ?department=…}) and figures, charts, shortfalls and the project list all follow it.
 */
class DepartmentPicker extends Composite<ComboBox<String>> {

    /**
     * @param departments the departments to choose from, asked for when the list opens (a province has hundreds: the
     *     screen holds none of them until then)
     */
    DepartmentPicker(Supplier<List<String>> departments, @Nullable String current, Checkpoint at) {
        ComboBox<String> select = getContent();
        select.setLabel(getTranslation("project.department"));
        select.setPlaceholder(getTranslation("dashboard.filter.all"));
        select.setClearButtonVisible(true);
        select.setItems(query -> matching(departments.get(), query.getFilter().orElse(""))
                .skip(query.getOffset())
                .limit(query.getLimit()));
        select.setValue(current);
        select.setId("department-scope");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Routes.go(location(at, e.getValue()));
            }
        });
    }

    /** The names containing the typed text. */
    static Stream<String> matching(List<String> names, String typed) {
        return names.stream().filter(n -> n.contains(typed.strip()));
    }

    /** The portfolio at a checkpoint, of one department when named. */
    static String location(Checkpoint at, @Nullable String department) {
        return Routes.portfolio(at)
                + (department == null || department.isEmpty()
                        ? ""
                        : "&department=" + URLEncoder.encode(department, StandardCharsets.UTF_8));
    }
}
