package org.attain.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attain.i18n.Message;
import org.attain.status.Checkpoint;

/**
 * The arguments of a {@link Message} as one line of text, and back: how the status table stores an explanation's
 * sentence. Each argument is a tag, its length and its text ({@code s5:hello}), so no character needs escaping.
 * Tags: s text, d decimal, i int, l long, b boolean, c checkpoint, t date, e enum constant ({@code Type#NAME}),
 * m a message (its key, then its arguments).
 */
final class MessageCodec {

    private MessageCodec() {}

    static String encode(List<Object> args) {
        StringBuilder out = new StringBuilder();
        encode(args, out);
        return out.toString();
    }

    /** Appends the arguments' encoding, each written straight into {@code out} (the status table encodes millions). */
    private static void encode(List<Object> args, StringBuilder out) {
        for (Object a : args) {
            switch (a) {
                case Message m -> {
                    StringBuilder inner = new StringBuilder();
                    put(inner, 's', m.key());
                    encode(m.args(), inner);
                    put(out, 'm', inner);
                }
                case String s -> put(out, 's', s);
                case BigDecimal d -> put(out, 'd', d.toPlainString());
                case Integer i -> put(out, 'i', i.toString());
                case Long l -> put(out, 'l', l.toString());
                case Boolean b -> put(out, 'b', b.toString());
                case Checkpoint c -> put(out, 'c', c.year() + "-" + c.month());
                case LocalDate t -> put(out, 't', t.toString());
                case Enum<?> e -> put(out, 'e', e.getDeclaringClass().getName() + "#" + e.name());
                default ->
                    throw new IllegalArgumentException("an argument the status table cannot store: " + a.getClass());
            }
        }
    }

    static List<Object> decode(String text) {
        List<Object> args = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            char tag = text.charAt(at);
            int colon = text.indexOf(':', at);
            int length = Integer.parseInt(text.substring(at + 1, colon));
            String value = text.substring(colon + 1, colon + 1 + length);
            at = colon + 1 + length;
            args.add(value(tag, value));
        }
        return args;
    }

    static Message message(String key, String args) {
        return new Message(key, decode(args));
    }

    private static Object value(char tag, String v) {
        return switch (tag) {
            case 'm' -> {
                List<Object> parts = decode(v);
                yield new Message((String) parts.getFirst(), parts.subList(1, parts.size()));
            }
            case 's' -> v;
            case 'd' -> new BigDecimal(v);
            case 'i' -> Integer.valueOf(v);
            case 'l' -> Long.valueOf(v);
            case 'b' -> Boolean.valueOf(v);
            case 'c' -> {
                int dash = v.indexOf('-');
                yield new Checkpoint(Integer.parseInt(v.substring(0, dash)), Integer.parseInt(v.substring(dash + 1)));
            }
            case 't' -> LocalDate.parse(v);
            case 'e' -> constant(v);
            default -> throw new IllegalArgumentException("unknown tag " + tag);
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object constant(String v) {
        int hash = v.indexOf('#');
        try {
            Class<? extends Enum> type = (Class<? extends Enum>) Class.forName(v.substring(0, hash));
            return Enum.valueOf(type, v.substring(hash + 1));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(v, e);
        }
    }

    private static void put(StringBuilder out, char tag, CharSequence value) {
        out.append(tag).append(value.length()).append(':').append(value);
    }
}
