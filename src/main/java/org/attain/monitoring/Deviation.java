package org.attain.monitoring;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.attain.status.DeviationReason;
import org.attain.status.Likelihood;
import org.jspecify.annotations.Nullable;

/** Why a line deviates and what is done about it: 偏差原因, 完成可能性 and 改进措施 (of an indicator or the budget). */
public record Deviation(Set<DeviationReason> reasons, @Nullable String reasonText, @Nullable Likelihood likelihood,
        @Nullable String correctiveAction) {

    public static final Deviation NONE = new Deviation(Set.of(), null, null, null);

    public Deviation {
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    public boolean isEmpty() {
        return reasons.isEmpty() && blank(reasonText) && likelihood == null && blank(correctiveAction);
    }

    /** Reasons as one text: the chosen causes and the free text. */
    public String reasonSummary(boolean english) {
        String list = reasons.stream().sorted().map(r -> r.label(english)).collect(Collectors.joining(english ? ", " : "、"));
        String text = reasonText == null ? "" : reasonText.strip();
        return list.isEmpty() ? text : text.isEmpty() ? list : list + (english ? ": " : "：") + text;
    }

    /** Stored form of the reasons: comma-separated names, null when none. */
    @Nullable
    String encodedReasons() {
        return reasons.isEmpty() ? null : reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<DeviationReason> decodeReasons(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(DeviationReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeviationReason.class)));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
