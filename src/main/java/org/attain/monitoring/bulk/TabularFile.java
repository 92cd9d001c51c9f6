package org.attain.monitoring.bulk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.attain.importing.ImportException;
import org.attain.importing.ImportProblem;
import org.attain.importing.InputLimits;
import org.attain.importing.XlsxCells;

/**
 * Reads a CSV (RFC 4180 quoting, UTF-8 or GBK) or the first sheets of an .xlsx as rows of cells keyed by their
 * column: the header names of {@link Columns}, in English or Chinese.
 */
final class TabularFile {

    private static final int MAX_COLUMNS = 256;

    private TabularFile() {}

    /** Every table of the file: a CSV is one table, a workbook one per sheet. */
    static List<List<FileRow>> read(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(source, ImportProblem.of(0, "bulk.refused.empty"));
        }
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(source, InputLimits.tooLarge(bytes.length));
        }
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            return xlsx(source, bytes);
        }
        return List.of(csv(source, decode(source, bytes)));
    }

    private static String decode(String source, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB ? 3 : 0;
        for (Charset cs : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            try {
                String text = cs.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                        .toString();
                if (text.indexOf('\0') < 0) {
                    return text;
                }
            } catch (CharacterCodingException e) {
                // try the next encoding
            }
        }
        throw new ImportException(source, ImportProblem.of(0, "bulk.refused.notCsv"));
    }

    static List<FileRow> csv(String source, String text) {
        List<List<String>> records = parseCsv(source, text);
        if (records.isEmpty()) {
            throw new ImportException(source, ImportProblem.of(0, "bulk.refused.noHeader"));
        }
        List<String> header = records.getFirst().stream().map(Columns::key).toList();
        List<FileRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> r = records.get(i);
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (header.get(c) != null) {
                    cells.put(header.get(c), c < r.size() ? r.get(c) : "");
                }
            }
            rows.add(new FileRow(i + 1, cells));
        }
        return rows;
    }

    private static List<List<String>> parseCsv(String source, String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                if (records.size() > InputLimits.MAX_ROWS + 1) {
                    throw new ImportException(source, InputLimits.tooManyRows(records.size()));
                }
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }

    private static List<List<FileRow>> xlsx(String source, byte[] bytes) {
        List<List<FileRow>> tables = new ArrayList<>();
        int dataRows = 0;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : wb) {
                List<String> header = null;
                List<FileRow> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    // a stray cell far to the right does not make every row 16,384 cells long
                    for (int c = 0; c < Math.min(MAX_COLUMNS, Math.max(0, row.getLastCellNum())); c++) {
                        values.add(row.getCell(c) == null ? "" : XlsxCells.text(row.getCell(c), formatter));
                    }
                    if (header == null) {
                        if (values.stream().filter(v -> Columns.key(v) != null).count() >= 2) {
                            header = values.stream().map(Columns::key).toList();
                        }
                        continue;
                    }
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    if (++dataRows > InputLimits.MAX_ROWS) {
                        throw new ImportException(source, InputLimits.tooManyRows(row.getRowNum() + 1));
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int c = 0; c < header.size(); c++) {
                        if (header.get(c) != null) {
                            cells.put(header.get(c), c < values.size() ? values.get(c) : "");
                        }
                    }
                    rows.add(new FileRow(row.getRowNum() + 1, cells));
                }
                if (header != null) {
                    tables.add(rows);
                }
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(source, ImportProblem.of(0, "bulk.refused.notXlsx"));
        }
        if (tables.isEmpty()) {
            throw new ImportException(source, ImportProblem.of(0, "bulk.refused.noHeaderSheet"));
        }
        return tables;
    }
}
