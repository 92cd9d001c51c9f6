package org.attain.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reading back what a person wrote for an enum constant: its word in Chinese or English, or its name. */
public final class Labels {

    private Labels() {}

    /** Each enum's constants with their words, rendered once: a file of 10,000 rows parses as many words. */
    private static final ClassValue<List<Words>> WORDS = new ClassValue<>() {
        @Override
        protected List<Words> computeValue(Class<?> type) {
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> (Enum<?>) c)
                    .map(c -> new Words(
                            c, Texts.chinese().text(c), Texts.english().text(c)))
                    .toList();
        }
    };

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String t = text.strip();
        for (Words words : WORDS.get(type)) {
            if (words.constant().name().equalsIgnoreCase(t)
                    || words.chinese().equals(t)
                    || words.english().equalsIgnoreCase(t)) {
                return Optional.of(type.cast(words.constant()));
            }
        }
        return Optional.empty();
    }

    private record Words(Enum<?> constant, String chinese, String english) {}
}
