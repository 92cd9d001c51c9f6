package org.attain.importing.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An indicator name as it will be stored: on one line (a cell wrapped over two lines is one name), without what the
 * official template puts in a name for the filler to replace — a leading "指标1：" or a "（≥**万元）" with asterisks where
 * a number belongs, a "≥人" with no number at all, a leading ★ or * that marks a core indicator. What was taken out is said, so that it can be reported.
 */
final class Names {

    private static final Pattern LEADING_PLACEHOLDER =
            Pattern.compile("^(?:指标[0-9一二三四五六七八九十]{1,3}\\s*[：:．.、]\\s*|[★☆※*＊]+\\s*)");
    /** A comparator and a unit without the number between them, left in a name by the filler: "受益贫困人口数≥人". */
    private static final Pattern BLANK_TARGET =
            Pattern.compile("(?<=\\p{IsHan})(?:≥|≤|≧|≦|>=|<=|＞|＜|>|<)\\s*(?:%|％|‰|\\p{IsHan}{1,3})?$");
    /** A target the template's filler never wrote: "≥**人", "XX%", "××万元". */
    private static final Pattern UNFILLED = Pattern.compile(".*(?:[*＊]{2,}|[xX×]{2,}|…{1,}|\\.{3,}).*");

    private static final Pattern STARRED = Pattern.compile("[（(][^（）()]*[*＊×xX]{2,}[^（）()]*[）)]|[*＊]{2,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    /** A cleaned name and the placeholder text removed from it (null when none). */
    record Cleaned(String name, @Nullable String removed) {}

    private Names() {}

    static Cleaned clean(String name) {
        String s = oneLine(name);
        StringBuilder removed = new StringBuilder();
        Matcher lead = LEADING_PLACEHOLDER.matcher(s);
        if (lead.find()) {
            removed.append(lead.group().strip());
            s = s.substring(lead.end());
        }
        if (containsAny(s, STAR_CHARACTERS)) {
            Matcher starred = STARRED.matcher(s);
            StringBuilder rest = new StringBuilder();
            while (starred.find()) {
                removed.append(removed.isEmpty() ? "" : " ").append(starred.group());
                starred.appendReplacement(rest, "");
            }
            starred.appendTail(rest);
            s = rest.toString();
        }
        s = s.strip();
        Matcher blank = BLANK_TARGET.matcher(s);
        if (containsAny(s, COMPARATOR_CHARACTERS) && blank.find() && blank.start() > 0) {
            removed.append(removed.isEmpty() ? "" : " ").append(blank.group());
            s = s.substring(0, blank.start()).strip();
        }
        return new Cleaned(s, removed.isEmpty() ? null : removed.toString());
    }

    /** The characters without which {@link #STARRED} cannot match: a quick test before the expression. */
    private static final String STAR_CHARACTERS = "*＊×xX";
    /** The characters without which {@link #BLANK_TARGET} cannot match. */
    private static final String COMPARATOR_CHARACTERS = "≥≤≧≦><＞＜";

    private static boolean containsAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a target is the template's placeholder rather than a value. */
    static boolean unfilled(String target) {
        // each form needs one of these characters: a cheap test before the pattern
        return containsAny(target, "*＊xX×….") && UNFILLED.matcher(target).matches();
    }

    /** Lines joined: nothing between Chinese characters, a space between words of other scripts. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text.strip();
        }
        Matcher m = LINE_BREAK.matcher(text.strip());
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            sb.append(text.strip(), last, m.start());
            char before = m.start() > 0 ? text.strip().charAt(m.start() - 1) : ' ';
            char after = m.end() < text.strip().length() ? text.strip().charAt(m.end()) : ' ';
            sb.append(latin(before) && latin(after) ? " " : "");
            last = m.end();
        }
        sb.append(text.strip().substring(last));
        return sb.toString();
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
