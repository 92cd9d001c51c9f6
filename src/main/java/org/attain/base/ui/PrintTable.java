package org.attain.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Objects;

/**
 * A plain HTML table shown only on paper, in place of a grid: a grid lays its rows out for the screen's width and
 * cuts them on a page of another width, a table flows across pages with its header repeated. Runs of equal values in
 * the first {@code mergedColumns} columns are merged, as on the official forms.
 */
@Tag("table")
public class PrintTable extends Component {

    public PrintTable(List<String> headers, List<List<String>> rows, int mergedColumns) {
        getElement().setAttribute("class", "attain-print-only attain-print-table");
        getElement().setAttribute("aria-hidden", "true");
        Element head = new Element("tr");
        headers.forEach(h -> head.appendChild(new Element("th").setText(h)));
        getElement().appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (int r = 0; r < rows.size(); r++) {
            Element tr = new Element("tr");
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (c < mergedColumns && r > 0 && same(rows, r - 1, r, c)) {
                    continue;
                }
                Element td = new Element("td").setText(rows.get(r).get(c));
                int span = 1;
                while (c < mergedColumns && r + span < rows.size() && same(rows, r, r + span, c)) {
                    span++;
                }
                if (span > 1) {
                    td.setAttribute("rowspan", String.valueOf(span));
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        getElement().appendChild(body);
    }

    /** Whether two rows agree in a column and every column before it (a 二级 run never crosses a change of 一级). */
    private static boolean same(List<List<String>> rows, int a, int b, int column) {
        for (int c = 0; c <= column; c++) {
            if (!Objects.equals(rows.get(a).get(c), rows.get(b).get(c))) {
                return false;
            }
        }
        return !rows.get(a).get(column).isEmpty();
    }
}
