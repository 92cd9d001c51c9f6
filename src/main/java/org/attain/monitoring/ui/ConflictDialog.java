package org.attain.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.attain.monitoring.ConcurrentEditException;

/** Tells the owner that someone else saved the listed values meanwhile, and that nothing of theirs was saved. */
class ConflictDialog extends Dialog {

    ConflictDialog(ConcurrentEditException e) {
        setHeaderTitle(getTranslation("entry.conflict.title"));
        UnorderedList list = new UnorderedList();
        e.getChanged().forEach(n -> list.add(new ListItem(getTranslation(n))));
        add(new Paragraph(getTranslation("entry.conflict.text")), list);
        getFooter().add(new Button(getTranslation("entry.conflict.ok"), c -> close()));
        setId("conflict-dialog");
    }
}
