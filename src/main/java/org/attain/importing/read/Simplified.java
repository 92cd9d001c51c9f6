package org.attain.importing.read;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.attain.importing.ImportProblem;

/**
 * Traditional Chinese turned into Simplified, so that 績效目標 and 產出指標 are read like 绩效目标 and 产出指标 and stored
 * as the rest of the application writes them. The conversion is OpenCC's (phrases first, then characters), applied
 * only to cells that hold a character that is Traditional and not also Simplified; the document is noted as converted.
 */
final class Simplified {

    private Simplified() {}

    static SourceDocument of(SourceDocument doc) {
        int converted = 0;
        List<Part> parts = new ArrayList<>(doc.parts().size());
        for (Part part : doc.parts()) {
            List<Row> rows = new ArrayList<>(part.rows().size());
            for (Row row : part.rows()) {
                List<Cell> cells = new ArrayList<>(row.cells().size());
                for (Cell cell : row.cells()) {
                    if (traditional(cell.text())) {
                        cells.add(cell.withText(ZhConverterUtil.toSimple(cell.text())));
                        converted++;
                    } else {
                        cells.add(cell);
                    }
                }
                rows.add(new Row(cells, row.tabular()));
            }
            parts.add(new Part(part.sheet(), part.where(), rows));
        }
        if (converted == 0) {
            return doc;
        }
        List<ImportProblem> notes = new ArrayList<>(doc.notes());
        notes.add(ImportProblem.of(0, "import.traditional", converted));
        return new SourceDocument(doc.name(), doc.format(), parts, notes);
    }

    static boolean traditional(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // GB2312 holds the common Simplified characters: only a character beyond it may be Traditional, and only
            // then are OpenCC's tables (a second to load) asked
            if (c >= 0x4E00
                    && c <= 0x9FFF
                    && !Gb2312.HOLDS[c - 0x4E00]
                    && TRADITIONAL_ONLY.computeIfAbsent(
                            c, k -> ZhConverterUtil.isTraditional(k) && !ZhConverterUtil.isSimple(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of the CJK characters U+4E00 to U+9FFF GB2312 encodes, asked of its encoder once (when first needed) rather
     * than for every character of every cell: a large document holds a million.
     */
    private static final class Gb2312 {
        static final boolean[] HOLDS = new boolean[0x9FFF - 0x4E00 + 1];

        static {
            CharsetEncoder encoder = Charset.forName("GB2312").newEncoder();
            for (int i = 0; i < HOLDS.length; i++) {
                HOLDS[i] = encoder.canEncode((char) (0x4E00 + i));
            }
        }
    }

    /** Whether a character is Traditional and not also Simplified, as OpenCC's tables say, asked once per character. */
    private static final Map<Character, Boolean> TRADITIONAL_ONLY = new ConcurrentHashMap<>();
}
