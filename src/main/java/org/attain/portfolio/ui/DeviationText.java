package org.attain.portfolio.ui;

import java.util.ArrayList;
import java.util.List;
import org.attain.i18n.Texts;
import org.attain.status.Deviation;

/** Why a line deviates — likelihood, reasons and corrective action — as one line in the reader's language. */
public final class DeviationText {

    private DeviationText() {}

    public static String of(Deviation d, Texts t) {
        boolean en = Texts.ENGLISH.getLanguage().equals(t.locale().getLanguage());
        String colon = en ? ": " : "：";
        List<String> parts = new ArrayList<>();
        if (d.likelihood() != null) {
            parts.add(t.get("entry.likelihood") + colon + t.text(d.likelihood()));
        }
        String reasons = t.render(d.reasonSummary());
        if (!reasons.isEmpty()) {
            parts.add(t.get("entry.reasons") + colon + reasons);
        }
        if (d.correctiveAction() != null && !d.correctiveAction().isBlank()) {
            parts.add(t.get("entry.correctiveAction")
                    + colon
                    + d.correctiveAction().strip());
        }
        return String.join(en ? "; " : "；", parts);
    }
}
