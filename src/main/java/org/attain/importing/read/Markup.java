package org.attain.importing.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * What is left of markup in a cell, cleaned away: {@code <b>} tags and checkbox remnants, keeping the checked option of
 * a checkbox group, Markdown headings and bold. What is left is plain text (entities decoded before tags are stripped,
 * so that no markup comes out of a cell).
 */
public final class Markup {

    private static final Pattern CHECKED = Pattern.compile(
            "<input[^>]*checked[^>]*>\\s*([^<\\s]+)|[☑☒■√✔✓▣]\\s*([^□☐☑☒■√✔✓▣\\s]+)", Pattern.CASE_INSENSITIVE);
    /**
     * An HTML tag ({@code <b>}, {@code </b>}, {@code <input …/>}, {@code <img src=x onerror=…>}), a comment or a
     * declaration; not a comparison such as {@code <5%且满意度>90%}, which is text.
     */
    private static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z][A-Za-z0-9]*(?=[\\s/>])|[!?])[^>]{0,1000}>");

    private static final Pattern TAG_OPENING = Pattern.compile("<+(?=/?[A-Za-z!?])");

    private Markup() {}

    /** The text of a cell as a person reads it. */
    public static String clean(String raw) {
        if (raw.contains("<input") || raw.contains("☑") || raw.contains("□") || raw.contains("☐")) {
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

    /** The option a checkbox group marks as checked, or null when the cell is no checkbox group. */
    static @Nullable String checkedOption(String raw) {
        Matcher m = CHECKED.matcher(raw);
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        }
        return null;
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
        return s.replace('\u00a0', ' ')
                .replace('\u3000', ' ')
                .replace("\uFEFF", "")
                .strip();
    }
}
