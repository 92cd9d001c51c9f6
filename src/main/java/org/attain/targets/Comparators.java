package org.attain.targets;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How documents write a comparison: symbols in half and full width ({@code ≥ ≧ ⩾ >= ＞ ＞＝}), words ({@code 大于等于},
 * {@code 不低于}, {@code 不超过} …) and their OCR-damaged forms ({@code ≥=}, {@code >＝}). Pure Java.
 */
final class Comparators {

    /** Words, longest first, with the symbol they stand for. */
    static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("大于或等于", ">="),
            Map.entry("大于等于", ">="),
            Map.entry("不低于", ">="),
            Map.entry("不少于", ">="),
            Map.entry("不小于", ">="),
            Map.entry("至少", ">="),
            Map.entry("达到", ">="),
            Map.entry("小于或等于", "<="),
            Map.entry("小于等于", "<="),
            Map.entry("不高于", "<="),
            Map.entry("不超过", "<="),
            Map.entry("不多于", "<="),
            Map.entry("不大于", "<="),
            Map.entry("控制在", "<="),
            Map.entry("大于", ">"),
            Map.entry("高于", ">"),
            Map.entry("超过", ">"),
            Map.entry("多于", ">"),
            Map.entry("小于", "<"),
            Map.entry("低于", "<"),
            Map.entry("少于", "<"),
            Map.entry("等于", "="));

    /** The first characters of the {@link #WORDS}: a text starting with another one starts with none. */
    static final String WORD_FIRSTS =
            WORDS.stream().map(w -> w.getKey().substring(0, 1)).distinct().collect(Collectors.joining());

    private Comparators() {}

    /** A character that writes a comparison, as its ASCII form; null for any other character. */
    static @Nullable String symbol(char c) {
        return switch (c) {
            case '≥', '≧', '⩾', '≮' -> ">=";
            case '≤', '≦', '⩽', '≯' -> "<=";
            case '＞', '>' -> ">";
            case '＜', '<' -> "<";
            case '＝', '=', '═' -> "="; // ═ (a box-drawing glyph) stands for = in some published tables
            default -> null;
        };
    }

    /** The comparator a text starts with (a symbol or a word), or null. */
    static @Nullable Comparator leading(String normalised) {
        for (String ascii : new String[] {">=", "<=", ">", "<", "="}) {
            if (normalised.startsWith(ascii)) {
                return Comparator.fromAscii(ascii);
            }
        }
        for (Map.Entry<String, String> word : WORDS) {
            if (normalised.startsWith(word.getKey())) {
                return Comparator.fromAscii(word.getValue());
            }
        }
        return null;
    }
}
