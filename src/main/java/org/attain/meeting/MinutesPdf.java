package org.attain.meeting;

import static org.attain.meeting.MinutesWords.t;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.attain.base.Pdf;

/** The minutes as an A4 PDF, the same words as the .docx. */
final class MinutesPdf {

    private MinutesPdf() {}

    static byte[] write(Minutes minutes) {
        return Pdf.write(minutes.title(), false, t("paper.empty"), doc -> {
            Pdf.add(doc, Pdf.title(minutes.title(), 16));
            for (String line : minutes.heading()) {
                Pdf.add(doc, paragraph(line, 11, 0));
            }
            Pdf.add(doc, paragraph(minutes.overview(), 11, 8));
            Pdf.add(doc, paragraph(t("minutes.section.projects"), 13, 10));
            int n = 1;
            for (Minutes.Item item : minutes.projects()) {
                Pdf.add(doc, paragraph(t("minutes.item", n++, item.project(), item.light()), 11.5f, 6));
                for (String issue : item.issues()) {
                    Pdf.add(doc, paragraph("· " + issue, 10.5f, 0));
                }
                if (item.remarks() != null) {
                    Pdf.add(doc, paragraph(t("minutes.remarks", item.remarks()), 10.5f, 0));
                }
            }
            Pdf.add(doc, paragraph(t("minutes.section.decisions"), 13, 10));
            if (minutes.decisions().isEmpty()) {
                Pdf.add(doc, paragraph(t("minutes.noDecisions"), 11, 0));
            }
            for (int i = 0; i < minutes.decisions().size(); i++) {
                Pdf.add(
                        doc,
                        paragraph(
                                MinutesWords.decision(i + 1, minutes.decisions().get(i)), 11, 2));
            }
            Paragraph unit = paragraph(
                    minutes.unit() + (minutes.heldOn() == null ? "" : "\n" + MinutesWords.date(minutes.heldOn())),
                    11,
                    24);
            unit.setAlignment(Element.ALIGN_RIGHT);
            Pdf.add(doc, unit);
        });
    }

    private static Paragraph paragraph(String text, float size, float before) {
        Paragraph p = new Paragraph(text, Pdf.font(size));
        p.setSpacingBefore(before);
        p.setLeading(size * 1.6f);
        return p;
    }
}
