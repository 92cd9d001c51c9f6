package org.attain.meeting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The minutes of a review meeting as the PDF and the .docx both print them: title, when, where, who chaired and who
 * attended, an overview of the figures, each project's issues and the meeting's remarks, then the decisions with who
 * carries them out and by when.
 */
record Minutes(
        String title,
        List<String> heading,
        String overview,
        List<Item> projects,
        List<Decision> decisions,
        String unit,
        @Nullable LocalDate heldOn) {

    /** A project as discussed: its name and light, what falls short (with reasons), the meeting's remarks. */
    record Item(
            String project,
            String light,
            List<String> issues,
            @Nullable String remarks) {}

    /** A decision on a project: what, who carries it out, by when. */
    record Decision(
            String project,
            String text,
            @Nullable String owner,
            @Nullable LocalDate due) {}
}
