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
import org.springframework.web.util.HtmlUtils;

/**
 * Turns the bytes of a text document (UTF-8 or GB18030/GBK) into cells. Cells may be separated by tabs, by
 * {@code |} (Markdown tables) or by runs of two or more spaces; a document with one cell per line works as well.
 * {@code <b>} tags and checkbox remnants are cleaned away, keeping the checked option of a checkbox group; what is
 * left is plain text (entities decoded before tags are stripped, so that no markup comes out of a cell).
 */
final class TextDocuments {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern CHECKED = Pattern.compile(
            "<input[^>]*checked[^>]*>\\s*([^<\\s]+)|[☑■√✔]\\s*([^□☐☑■√✔\\s]+)", Pattern.CASE_INSENSITIVE);
    /**
     * An HTML tag ({@code <b>}, {@code </b>}, {@code <input …/>}, {@code <img src=x onerror=…>}), a comment or a
     * declaration; not a comparison such as {@code <5%且满意度>90%}, which is text.
     */
    private static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*(?=[\\s/>])|[!?])[^>]{0,1000}>");
    private static final Pattern TAG_OPENING = Pattern.compile("<+(?=/?[A-Za-z!?])");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern TABLE_RULE = Pattern.compile("\\|?[\\s:|-]+\\|?");
    private static final Pattern OUTER_PIPES = Pattern.compile("^\\||\\|$");
    private static final Pattern PIPE = Pattern.compile("\\|");
    private static final Pattern SPACE_RUN = Pattern.compile(" {2,}|\u3000+");

    private TextDocuments() {
    }

    static String decode(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportException(source, "文件为空 / the file is empty");
        }
        if (bytes.length > InputLimits.MAX_BYTES) {
            throw new ImportException(source, InputLimits.tooLarge(bytes.length));
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
        String[] lines = LINE_BREAK.split(text, -1);
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
            if (TABLE_RULE.matcher(trimmed).matches()) {
                return List.of();
            }
            return List.of(PIPE.split(OUTER_PIPES.matcher(trimmed).replaceAll(""), -1));
        }
        return List.of(SPACE_RUN.split(line, -1));
    }

    static String clean(String raw) {
        if (raw.contains("<input") || raw.contains("☑") || raw.contains("□")) {
            String checked = checkedOption(raw);
            if (checked != null) {
                return plain(checked);
            }
        }
        String s = plain(raw);
        while (s.startsWith("#")) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("**") && s.endsWith("**") && s.length() > 4) {
            s = s.substring(2, s.length() - 2).strip();
        }
        return s;
    }

    /**
     * Entities first, tags second: "&lt;img onerror=…&gt;" becomes a tag here and is stripped with the others.
     * Nothing is decoded after the tags are gone, so no markup is ever produced from text.
     */
    private static String plain(String raw) {
        String s = raw.indexOf('&') < 0 ? raw : HtmlUtils.htmlUnescape(raw);
        // stripping "<b>" from "<<b>img …>" forms a new tag: strip again, a few times at most
        for (int pass = 0; pass < 5 && s.indexOf('<') >= 0 && TAG.matcher(s).find(); pass++) {
            s = TAG.matcher(s).replaceAll("");
        }
        if (s.indexOf('<') >= 0 && TAG.matcher(s).find()) {
            // what is still left opens no tag once its "<" is gone
            s = TAG_OPENING.matcher(s).replaceAll("");
        }
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').strip();
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
