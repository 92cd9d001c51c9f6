package org.attain.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.attain.project.DepartmentScope;
import org.attain.project.DepartmentTree;
import org.jspecify.annotations.Nullable;

/**
 * Which projects an account sees: empty for the whole bureau, else a 主管部门 (with its units) or one unit, listed as
 * the tree (a unit after its 主管部门, named with it).
 */
class ScopePicker extends Composite<ComboBox<DepartmentTree.Node>> {

    ScopePicker(List<DepartmentTree.Node> departments, DepartmentScope current) {
        ComboBox<DepartmentTree.Node> box = getContent();
        box.setLabel(getTranslation("users.scope"));
        box.setId("user-scope");
        box.setItems(departments);
        box.setItemLabelGenerator(n -> n.isUnit() ? n.parentName() + " › " + n.name() : n.name());
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("users.scope.all"));
        box.setHelperText(getTranslation("users.scope.help"));
        departments.stream()
                .filter(n -> current.department() != null && n.id() == current.department())
                .findFirst()
                .ifPresent(box::setValue);
    }

    /** The chosen department's id; null for the whole bureau. */
    @Nullable
    Long department() {
        DepartmentTree.Node n = getContent().getValue();
        return n == null ? null : n.id();
    }
}
