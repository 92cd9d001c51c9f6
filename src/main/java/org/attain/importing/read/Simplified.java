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
                    && !GB2312.get().canEncode(c)
                    && TRADITIONAL_ONLY.computeIfAbsent(
                            c, k -> ZhConverterUtil.isTraditional(k) && !ZhConverterUtil.isSimple(k))) {
                return true;
            }
        }
        return false;
    }

    private static final ThreadLocal<CharsetEncoder> GB2312 =
            ThreadLocal.withInitial(() -> Charset.forName("GB2312").newEncoder());

    /** Whether a character is Traditional and not also Simplified, as OpenCC's tables say, asked once per character. */
    private static final Map<Character, Boolean> TRADITIONAL_ONLY = new ConcurrentHashMap<>();
}
