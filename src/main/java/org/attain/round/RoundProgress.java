package org.attain.round;

/** A round and how far its entry has come: indicators in all, with a value (carried ones included), carried. */
public record RoundProgress(
        ReportingRound round, int indicators, int entered, int carried, boolean locked, boolean overdue) {

    public int missing() {
        return indicators - entered;
    }
}
