package org.attain.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A text as data: a key of the message bundles ({@code messages*.properties}) and its arguments, rendered in the
 * reader's language by {@link Texts}. Rules and services return messages, never finished sentences; an argument that
 * is itself a message, an enum constant or {@link Labelled} is rendered in the same language, every other argument is
 * data and shown as it is.
 */
public record Message(String key, List<Object> args) {

    public Message {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The label of an enum constant, under a key derived from its type: {@code light.RED}, {@code likelihood.POSSIBLE}. */
    public static Message of(Enum<?> value) {
        return new Message(keyOf(value), List.of());
    }

    /** {@code Light.RED} → {@code light.RED}, {@code DeviationReason.FUNDING} → {@code deviationReason.FUNDING}. */
    public static String keyOf(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }
}
