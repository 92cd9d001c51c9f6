package org.attain.review.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** When a review step happened, to the minute, in the server's time zone. */
final class Times {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private Times() {}

    static String of(@Nullable Instant at) {
        return at == null ? "" : MINUTE.format(at);
    }
}
