package org.attain.targets;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A target written as a short sentence that starts with a comparator word and counts one thing ("至少全年完成2次宣传",
 * "不少于开展3场培训", "不超过发生1次投诉"): the word's comparator, the count and its unit, as a performance officer reads
 * it. Only an "at least" / "at most" word, words without numbers between, one count of times or things, a few words
 * after; anything longer or with another number stays a sentence.
 */
final class WordedTargets {

    private static final Map<String, Comparator> WORDS = Map.of(
            "至少", Comparator.GE,
            "不少于", Comparator.GE,
            "不低于", Comparator.GE,
            "最少", Comparator.GE,
            "不超过", Comparator.LE,
            "最多", Comparator.LE,
            "不多于", Comparator.LE,
            "不高于", Comparator.LE);
    private static final Pattern WORDED = Pattern.compile(
            "^(至少|不少于|不低于|最少|不超过|最多|不多于|不高于)\\p{IsHan}{1,8}?([0-9]{1,5})(人次|次|场|期|批|个|人|户|项|件|篇|所|座)\\p{IsHan}{0,6}$");

    private WordedTargets() {}

    static @Nullable Target of(String written, String normalised, boolean cost) {
        Matcher m = WORDED.matcher(normalised);
        if (!m.matches()) {
            return null;
        }
        Comparator comparator = WORDS.get(m.group(1));
        Direction direction =
                cost || comparator.lowerIsBetter() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        return new Target(written, comparator, new BigDecimal(m.group(2)), m.group(3), direction, true, null);
    }
}
