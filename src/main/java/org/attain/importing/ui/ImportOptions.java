package org.attain.importing.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;

/**
 * What the officer gives beside the document: the department its projects go to, and the year to take for a document
 * that states none (used only then, and warned of in the preview).
 */
final class ImportOptions extends HorizontalLayout {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2200;

    private final TextField department = new TextField();
    private final IntegerField year = new IntegerField();

    /** The fields, with what to do when the year changes (read the uploaded document again with it). */
    ImportOptions(String defaultDepartment, Runnable yearChanged) {
        department.setLabel(getTranslation("import.department"));
        department.setValue(defaultDepartment);
        department.setMaxLength(200);
        department.setWidth("20rem");
        year.setLabel(getTranslation("import.year"));
        year.setHelperText(getTranslation("import.year.help"));
        year.setMin(FIRST_YEAR);
        year.setMax(LAST_YEAR);
        year.setWidth("20rem");
        year.setId("import-year");
        year.addValueChangeListener(e -> yearChanged.run());
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(department, year);
    }

    /** The department typed, or the given default when the field is blank. */
    String department(String otherwise) {
        return department.getValue().isBlank()
                ? otherwise
                : department.getValue().strip();
    }

    void setDepartment(String value) {
        department.setValue(value);
    }

    /** The year typed, when it is a year; null when the field is empty or holds no plausible year. */
    @Nullable
    Integer year() {
        Integer value = year.getValue();
        return value != null && value >= FIRST_YEAR && value <= LAST_YEAR ? value : null;
    }
}
