package org.attain.dashboard.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.attain.base.ui.Routes;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The portfolio of one department (部门) or of all: a change navigates, so that the choice lives in the URL
 * ({@code ?department=…}) and figures, charts, shortfalls and the project list all follow it.
 */
class DepartmentPicker extends Composite<Select<String>> {

    DepartmentPicker(List<String> departments, @Nullable String current, Checkpoint at) {
        Select<String> select = getContent();
        select.setLabel(getTranslation("project.department"));
        select.setItems(Stream.concat(Stream.of(""), departments.stream()).toList());
        select.setItemLabelGenerator(d -> d.isEmpty() ? getTranslation("dashboard.filter.all") : d);
        select.setValue(current != null && departments.contains(current) ? current : "");
        select.setId("department-scope");
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                Routes.go(location(at, e.getValue()));
            }
        });
    }

    /** The portfolio at a checkpoint, of one department when named. */
    static String location(Checkpoint at, @Nullable String department) {
        return Routes.portfolio(at)
                + (department == null || department.isEmpty()
                        ? ""
                        : "&department=" + URLEncoder.encode(department, StandardCharsets.UTF_8));
    }
}
