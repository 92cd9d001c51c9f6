package org.attain.monitoring;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a number as people type it into a file, in the unit of the target: {@code 540}, {@code 540人},
 * {@code 93%}, {@code 51.66万元} or {@code 516600元} for a target in 万元. A unit that cannot be converted is refused.
 */
public final class Quantity {

    private static final Pattern NUMBER = Pattern.compile("^([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*(.*)$");
    private static final BigDecimal TEN_THOUSAND = new BigDecimal(10_000);

    private Quantity() {
    }

    public static BigDecimal parse(String text, @Nullable String targetUnit) {
        String t = text.strip().replace('％', '%').replace("，", ",");
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("“" + text + "”不是数字 / not a number");
        }
        BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
        String unit = m.group(2).strip();
        if (unit.isEmpty() || unit.equals(targetUnit)) {
            return value;
        }
        if ("万元".equals(targetUnit) && unit.equals("元")) {
            return value.divide(TEN_THOUSAND);
        }
        if ("元".equals(targetUnit) && unit.equals("万元")) {
            return value.multiply(TEN_THOUSAND);
        }
        throw new IllegalArgumentException("单位“" + unit + "”与指标单位“" + (targetUnit == null ? "（无）" : targetUnit)
                + "”不符 / the unit " + unit + " does not match the target's unit "
                + (targetUnit == null ? "(none)" : targetUnit));
    }
}
