package org.attain.indicator;

import java.time.Instant;

/** A target as it was before a revision: when, by whom and why it changed. */
public record TargetRevision(
        long indicatorId, Instant revisedAt, String revisedBy, String reason, String oldTarget, String newTarget) {}
