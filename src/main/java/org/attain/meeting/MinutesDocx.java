package org.attain.meeting;

import static org.attain.meeting.MinutesWords.t;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** The minutes as a Word document (.docx) an office can edit and file, the same words as the PDF. */
final class MinutesDocx {

    private static final String FONT = "宋体";

    private MinutesDocx() {}

    static byte[] write(Minutes minutes) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(minutes.title());
            paragraph(doc, minutes.title(), 18, true, 0).setAlignment(ParagraphAlignment.CENTER);
            for (String line : minutes.heading()) {
                paragraph(doc, line, 12, false, 0);
            }
            paragraph(doc, minutes.overview(), 12, false, 8);
            paragraph(doc, t("minutes.section.projects"), 14, true, 10);
            int n = 1;
            for (Minutes.Item item : minutes.projects()) {
                paragraph(doc, t("minutes.item", n++, item.project(), item.light()), 12, true, 6);
                for (String issue : item.issues()) {
                    paragraph(doc, "· " + issue, 12, false, 0);
                }
                if (item.remarks() != null) {
                    paragraph(doc, t("minutes.remarks", item.remarks()), 12, false, 0);
                }
            }
            paragraph(doc, t("minutes.section.decisions"), 14, true, 10);
            if (minutes.decisions().isEmpty()) {
                paragraph(doc, t("minutes.noDecisions"), 12, false, 0);
            }
            for (int i = 0; i < minutes.decisions().size(); i++) {
                paragraph(doc, MinutesWords.decision(i + 1, minutes.decisions().get(i)), 12, false, 2);
            }
            paragraph(doc, minutes.unit(), 12, false, 24).setAlignment(ParagraphAlignment.RIGHT);
            if (minutes.heldOn() != null) {
                paragraph(doc, MinutesWords.date(minutes.heldOn()), 12, false, 0)
                        .setAlignment(ParagraphAlignment.RIGHT);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, int points, boolean bold, int spaceBefore) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(spaceBefore * 20);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(points);
        run.setBold(bold);
        run.setText(text);
        return p;
    }
}
