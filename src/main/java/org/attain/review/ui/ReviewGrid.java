package org.attain.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.attain.review.ItemKey;
import org.attain.security.Names;

/**
 * Every item of a project's report at a checkpoint: what was reported (the light's sentence), its review state, who
 * entered and submitted it when, and the reason of the last return or waiver. Items are chosen with the check boxes.
 */
class ReviewGrid extends Composite<Grid<ReviewLine>> {

    ReviewGrid(List<ReviewLine> lines, Names names) {
        Grid<ReviewLine> grid = getContent();
        grid.setId("review-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.item().name() == null
                        ? getTranslation("review.item.budget")
                        : l.item().name())
                .setHeader(getTranslation("review.col.item"))
                .setKey("item")
                .setFlexGrow(2);
        grid.addComponentColumn(l -> new ReviewBadge(l.item().state()))
                .setHeader(getTranslation("review.col.state"))
                .setKey("state")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(ReviewLine::sentence)
                .setHeader(getTranslation("review.col.reported"))
                .setKey("reported")
                .setFlexGrow(4);
        grid.addComponentColumn(l ->
                        who(names.of(l.item().updatedBy()), Times.of(l.item().updatedAt())))
                .setHeader(getTranslation("review.col.entered"))
                .setKey("entered")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addComponentColumn(l -> l.item().review() == null
                        ? new Span()
                        : who(
                                names.of(l.item().review().submittedBy()),
                                Times.of(l.item().review().submittedAt())))
                .setHeader(getTranslation("review.col.submitted"))
                .setKey("submitted")
                .setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(l -> l.item().review() == null || l.item().review().reason() == null
                        ? ""
                        : l.item().review().reason())
                .setHeader(getTranslation("review.col.reason"))
                .setKey("reason")
                .setFlexGrow(2);
        grid.setItems(lines);
    }

    List<ItemKey> selectedKeys() {
        return getContent().getSelectedItems().stream().map(l -> l.item().key()).toList();
    }

    private static Div who(String name, String when) {
        Div cell = new Div(new Span(name));
        if (!when.isEmpty()) {
            Span time = new Span(" " + when);
            time.addClassName("attain-explanation");
            cell.add(time);
        }
        return cell;
    }
}
