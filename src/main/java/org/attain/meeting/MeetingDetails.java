package org.attain.meeting;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** When and where the review meeting of a checkpoint was held, who chaired it and who attended (出席人员). */
public record MeetingDetails(
        @Nullable LocalDate heldOn,
        @Nullable String place,
        @Nullable String chair,
        @Nullable String attendees,
        @Nullable Integer version) {

    public static final int PLACE_MAX = 200;
    public static final int CHAIR_MAX = 100;
    public static final int ATTENDEES_MAX = 2000;

    public static final MeetingDetails NONE = new MeetingDetails(null, null, null, null, null);
}
