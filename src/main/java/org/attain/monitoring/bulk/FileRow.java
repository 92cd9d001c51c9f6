package org.attain.monitoring.bulk;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One data row of an actuals or budget file: its row number and its cells by column key. */
record FileRow(int row, Map<String, String> cells) {

    boolean has(String key) {
        return cells.containsKey(key);
    }

    @Nullable
    String get(String key) {
        String v = cells.get(key);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
