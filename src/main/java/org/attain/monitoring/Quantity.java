package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.attain.i18n.Message;
import org.attain.i18n.MessageException;
import org.attain.targets.Numbers;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people type it into a file, in the unit of the target: {@code 540}, {@code 540人},
 * {@code 93%}, {@code 51.66万元} or {@code 516600元} for a target in 万元. The number is read whole
 * ({@link Numbers}): {@code 1e309} or {@code 5.4.0} is refused, never read as 1 or 5.4; a unit that cannot be
 * converted is refused; the value must fit the column it is stored in.
 */
public final class Quantity {

    /** Where the number ends and the unit begins: the first character that cannot be part of a number. */
    private static final Pattern NUMBER_PART = Pattern.compile("^[\\s0-9+\\-.,０-９．，－＋−]*");

    private static final Pattern EXPONENT = Pattern.compile("^[eE][+\\-]?[0-9０-９]");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private Quantity() {}

    /**
     * The value in the target's unit; throws {@link Numbers.Refused} when the number is not written whole or does
     * not fit {@code limit}, and {@link MessageException} when the unit does not match.
     */
    public static BigDecimal parse(String text, @Nullable String targetUnit, Numbers.Limit limit) {
        String t = text.strip().replace('％', '%');
        var m = NUMBER_PART.matcher(t);
        int end = m.find() ? m.end() : 0;
        String number = t.substring(0, end).strip();
        String unit = t.substring(end).strip();
        if (number.isEmpty() || EXPONENT.matcher(unit).find()) {
            throw refused(text, limit);
        }
        BigDecimal value;
        try {
            // as written: 元 for a target in 万元 has four more places either side
            value = Numbers.parse(number, new Numbers.Limit(limit.integerDigits() + 4, limit.scale() + 4), true);
        } catch (Numbers.Refused e) {
            throw refused(text, limit, e.reason());
        }
        if (!unit.isEmpty() && !unit.equals(targetUnit)) {
            if ("万元".equals(targetUnit) && unit.equals("元")) {
                value = value.divide(TEN_THOUSAND);
            } else if ("元".equals(targetUnit) && unit.equals("万元")) {
                value = value.multiply(TEN_THOUSAND);
            } else {
                throw new MessageException(
                        "refused.unit", unit, targetUnit == null ? Message.of("unit.none") : targetUnit);
            }
        }
        Numbers.Refusal refusal = limit.check(value);
        if (refusal != null) {
            throw refused(text, limit, refusal);
        }
        return value;
    }

    private static Numbers.Refused refused(String text, Numbers.Limit limit) {
        return refused(text, limit, Numbers.Refusal.NOT_A_NUMBER);
    }

    private static Numbers.Refused refused(String text, Numbers.Limit limit, Numbers.Refusal reason) {
        return Numbers.refused(reason, text, limit);
    }
}
