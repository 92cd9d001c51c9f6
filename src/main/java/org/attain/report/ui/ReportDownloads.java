package org.attain.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.attain.base.ui.Downloads;
import org.attain.report.ReportService;

/** Download links for the official tables in one of their formats. */
public final class ReportDownloads {

    private ReportDownloads() {}

    /** The xlsx, PDF and CSV of one table side by side, with ids {@code prefix + extension}. */
    public static HorizontalLayout row(
            String fileName, String idPrefix, Function<ReportService.Format, byte[]> content) {
        HorizontalLayout row = new HorizontalLayout();
        for (ReportService.Format f : ReportService.Format.values()) {
            row.add(link(
                    f.extension().toUpperCase(Locale.ROOT),
                    fileName,
                    f,
                    () -> content.apply(f),
                    idPrefix + f.extension()));
        }
        row.setWrap(true);
        return row;
    }

    public static Anchor link(
            String label, String fileName, ReportService.Format format, Supplier<byte[]> content, String id) {
        return Downloads.link(label, fileName + "." + format.extension(), format.contentType(), content, id);
    }
}
