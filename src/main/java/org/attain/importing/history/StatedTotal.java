package org.attain.importing.history;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The 总分 (or 合计) line of a self-evaluation table: the weight it is out of, the score, the grade as written. */
public record StatedTotal(
        @Nullable BigDecimal weight,
        @Nullable BigDecimal score,
        @Nullable String grade) {}
