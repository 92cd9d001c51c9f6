package org.attain.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text document (UTF-8 or GB18030/GBK) into cells. Cells may be separated by tabs, by
 * {@code |} (Markdown tables) or by runs of two or more spaces; a document with one cell per line works as well.
 * {@code <b>} tags and checkbox remnants are cleaned away, keeping the checked option of a checkbox group.
 */
final class TextDocuments {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern CHECKED = Pattern.compile(
            "<input[^>]*checked[^>]*>\\s*([^<\\s]+)|[☑■√✔]\\s*([^□☐☑■√✔\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}|\u3000+");

    private TextDocuments() {
    }

    static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(source, "文件为空 / the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source, "文件过大（" + bytes.length / 1024 / 1024 + " MB，上限 20 MB）/ the file is larger than 20 MB");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String text = tryDecode(bytes, start, StandardCharsets.UTF_8);
        if (text == null) {
            text = tryDecode(bytes, start, GB18030);
        }
        if (text == null || looksBinary(text)) {
            throw new ImportException(source,
                    "不是文本文件（既不是 UTF-8 也不是 GBK/GB18030 编码的文本）/ not a text document (neither UTF-8 nor GBK/GB18030 text)");
        }
        return text;
    }

    static List<Cell> cells(String text) {
        List<Cell> cells = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            boolean first = true;
            for (String raw : split(lines[i])) {
                String clean = clean(raw);
                if (!clean.isEmpty()) {
                    cells.add(new Cell(clean, raw, i + 1, first));
                    first = false;
                }
            }
        }
        return cells;
    }

    /** The option a checkbox group marks as checked, or null when the cell is no checkbox group. */
    static String checkedOption(String raw) {
        Matcher m = CHECKED.matcher(raw);
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        }
        return null;
    }

    private static List<String> split(String line) {
        if (line.indexOf('\t') >= 0) {
            return List.of(line.split("\t", -1));
        }
        String trimmed = line.strip();
        if (trimmed.startsWith("|") || trimmed.indexOf('|') > 0 && trimmed.chars().filter(c -> c == '|').count() >= 2) {
            if (trimmed.matches("\\|?[\\s:|-]+\\|?")) {
                return List.of();
            }
            return List.of(trimmed.replaceAll("^\\||\\|$", "").split("\\|", -1));
        }
        return List.of(SPACE_RUN.split(line, -1));
    }

    static String clean(String raw) {
        String s = raw;
        if (s.contains("<input") || s.contains("☑") || s.contains("□")) {
            String checked = checkedOption(s);
            if (checked != null) {
                return checked;
            }
        }
        s = TAG.matcher(s).replaceAll("");
        s = s.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        s = s.strip();
        while (s.startsWith("#")) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("**") && s.endsWith("**") && s.length() > 4) {
            s = s.substring(2, s.length() - 2).strip();
        }
        return s.replace('\u3000', ' ').strip();
    }

    private static String tryDecode(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int sample = Math.min(text.length(), 64 * 1024);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0 || c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > sample / 100 + 1;
    }
}
