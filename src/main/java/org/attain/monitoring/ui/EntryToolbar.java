package org.attain.monitoring.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * The entry page's tool bar: the checkpoint, Save (Ctrl+S), Cancel, the workbook download and the upload. Without
 * the right to enter, Save and the upload are off and a badge says why ({@code readOnly}, in the reader's words).
 */
class EntryToolbar extends HorizontalLayout {

    /** What the bar's controls do; the view decides. */
    interface Actions {
        void show(Checkpoint at);

        void save();

        void upload(String fileName, byte[] bytes);
    }

    EntryToolbar(int year, Checkpoint checkpoint, Anchor download, @Nullable String readOnly, Actions actions) {
        Select<Integer> month = new Select<>();
        month.setLabel(getTranslation("entry.checkpoint"));
        month.setItems(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        month.setItemLabelGenerator(m -> getTranslation(new Checkpoint(year, m)));
        month.setValue(checkpoint.month());
        month.setId("checkpoint-select");
        month.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                actions.show(new Checkpoint(year, e.getValue()));
            }
        });
        Button save = new Button(getTranslation("entry.save"), e -> actions.save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.setId("save-actuals");
        Button cancel = new Button(getTranslation("entry.cancel"), e -> actions.show(checkpoint));
        cancel.setId("cancel-actuals");
        download.setId("download-monitoring");
        BulkUpload upload = new BulkUpload(UI.getCurrent(), actions::upload);
        save.setEnabled(readOnly == null);
        upload.setVisible(readOnly == null);
        add(month, save, cancel, download, upload);
        if (readOnly != null) {
            Span badge = new Span(readOnly);
            badge.addClassName("attain-demo-badge");
            badge.setId("read-only");
            add(badge);
        }
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("attain-toolbar");
    }
}
