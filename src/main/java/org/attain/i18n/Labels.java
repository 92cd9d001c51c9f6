package org.attain.i18n;

import java.util.Optional;

/** Reading back what a person wrote for an enum constant: its word in Chinese or English, or its name. */
public final class Labels {

    private Labels() {}

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        String t = text.strip();
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(t)
                    || Texts.chinese().text(value).equals(t)
                    || Texts.english().text(value).equalsIgnoreCase(t)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
