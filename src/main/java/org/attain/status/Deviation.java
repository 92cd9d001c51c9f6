package org.attain.status;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.attain.i18n.Message;
import org.jspecify.annotations.Nullable;

/** Why a line deviates and what is done about it: 偏差原因, 完成可能性 and 改进措施 (of an indicator or the budget). */
public record Deviation(
        Set<DeviationReason> reasons,
        @Nullable String reasonText,
        @Nullable Likelihood likelihood,
        @Nullable String correctiveAction) {

    public static final Deviation NONE = new Deviation(Set.of(), null, null, null);

    public Deviation {
        reasons = reasons.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reasons));
    }

    public boolean isEmpty() {
        return reasons.isEmpty() && blank(reasonText) && likelihood == null && blank(correctiveAction);
    }

    /** Reasons as one text: the chosen causes and the free text ("经费保障、人员保障：…"); empty when there are none. */
    public Message reasonSummary() {
        List<DeviationReason> list = reasons.stream().sorted().toList();
        String text = reasonText == null ? "" : reasonText.strip();
        return list.isEmpty()
                ? Message.of("deviation.text", text)
                : Message.of(text.isEmpty() ? "deviation.reasons" : "deviation.reasonsAndText", list, text);
    }

    /** 偏差原因分析及改进措施: the reasons and the corrective action, as the self-evaluation table prints them. */
    public Message reasonsAndAction() {
        String action = correctiveAction == null ? "" : correctiveAction.strip();
        if (action.isEmpty()) {
            return reasonSummary();
        }
        return reasons.isEmpty() && blank(reasonText)
                ? Message.of("deviation.action", action)
                : Message.of("deviation.reasonsAndAction", reasonSummary(), action);
    }

    /** Stored form of the reasons: comma-separated names, null when none. */
    @Nullable
    public String encodedReasons() {
        return reasons.isEmpty()
                ? null
                : reasons.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static Set<DeviationReason> decodeReasons(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(DeviationReason::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DeviationReason.class)));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}
