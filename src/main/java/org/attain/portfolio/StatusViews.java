package org.attain.portfolio;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The two views of the status table stored once where they agree: a row of the approved view (A) equal to its row of
 * the working view (W) is stored as view {@code B}, read by both. Rows are those of {@link StatusTable}: the view
 * first, the indicator or project id fourth.
 */
final class StatusViews {

    /** The view of a row the same in the approved view and in the working view, stored once for both. */
    static final String BOTH = "B";

    private StatusViews() {}

    /** Adds one project's rows of both views to {@code into}: each A row, as B where its W row is equal, else A and W. */
    static void both(List<Object[]> approved, List<Object[]> working, List<Object[]> into) {
        Map<Object, Object[]> byKey = new HashMap<>();
        working.forEach(w -> byKey.put(w[3], w));
        for (Object[] a : approved) {
            Object[] w = byKey.get(a[3]);
            if (w != null && same(a, w)) {
                a[0] = BOTH;
                byKey.remove(a[3]);
            }
            into.add(a);
        }
        working.stream().filter(w -> byKey.containsKey(w[3])).forEach(into::add);
    }

    /** Two rows equal but for the view, numbers compared by value (as the database compares them). */
    private static boolean same(Object[] a, Object[] w) {
        for (int i = 1; i < a.length; i++) {
            boolean equal = a[i] instanceof BigDecimal x && w[i] instanceof BigDecimal y
                    ? x.compareTo(y) == 0
                    : Objects.equals(a[i], w[i]);
            if (!equal) {
                return false;
            }
        }
        return true;
    }
}
