package org.attain.assessment;

import org.attain.status.QualitativeLevel;

/** The band of each qualitative level: 达成, 部分达成并具有一定效果, 未达成且效果较差. */
public record QualitativeBands(Band achieved, Band partial, Band notAchieved) {

    public Band of(QualitativeLevel level) {
        return switch (level) {
            case ACHIEVED -> achieved;
            case PARTIAL -> partial;
            case NOT_ACHIEVED -> notAchieved;
        };
    }
}
