package org.attain.adjustment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attain.targets.Target;
import org.attain.targets.TargetParser;

/**
 * Which target is in force at a checkpoint (pure Java): the latest approved change that took effect by then, else
 * the approved target. A checkpoint before a change keeps being judged against the target then in force.
 */
public final class TargetTimeline {

    private TargetTimeline() {}

    /** Indicator id → the adjusted target in force at {@code month}, for the indicators whose target was changed. */
    public static Map<Long, Target> inForce(List<TargetAdjustment> adjustments, int month) {
        Map<Long, TargetAdjustment> latest = new HashMap<>();
        for (TargetAdjustment a : adjustments) {
            if (a.kind() != AdjustmentKind.CHANGE
                    || !a.isApproved()
                    || a.effectiveMonth() > month
                    || a.indicatorId() == null
                    || a.newTarget() == null) {
                continue;
            }
            TargetAdjustment before = latest.get(a.indicatorId());
            if (before == null
                    || a.effectiveMonth() > before.effectiveMonth()
                    || a.effectiveMonth() == before.effectiveMonth() && a.id() > before.id()) {
                latest.put(a.indicatorId(), a);
            }
        }
        Map<Long, Target> targets = new HashMap<>();
        latest.forEach((id, a) -> targets.put(id, TargetParser.parse(a.newTarget(), a.subcategory())));
        return targets;
    }
}
