package org.attain.base.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * How tall a grid is: as tall as its rows when they are few, else a fixed height that scrolls, the browser fetching rows
 * as they come into view. A grid told to show every row of a long list asks the server for all of them at once, which
 * Vaadin refuses beyond ten pages (a 1,001-project approval document's preview failed so) and which would put thousands
 * of rows into the page.
 */
public final class GridHeights {

    /** Up to this many rows a grid shows them all, without a scroll bar of its own. */
    public static final int ALL_ROWS_UP_TO = 30;

    private GridHeights() {}

    /** Sets the grid's height for this many rows. */
    public static void fit(Grid<?> grid, int rows) {
        boolean few = rows <= ALL_ROWS_UP_TO;
        grid.setAllRowsVisible(few);
        grid.setHeight(few ? null : "36rem");
    }
}
