package org.attain.meeting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.attain.base.Organisation;
import org.attain.history.ChangeLog;
import org.attain.i18n.Message;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.portfolio.PortfolioStatus;
import org.attain.security.Audit;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mid-year review meeting of a checkpoint: when and where it was held and who attended, each project's remarks and
 * decision (who carries it out, by when), and the minutes as PDF or .docx.
 */
@Service
public class MeetingService {

    /** The formats the minutes are offered in. */
    public enum Format {
        PDF,
        DOCX
    }

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Organisation organisation;

    MeetingService(
            JdbcClient jdbc, ChangeLog changeLog, CurrentUser currentUser, Audit audit, Organisation organisation) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
        this.organisation = organisation;
    }

    /** The minutes of the review meeting; like every file that leaves the application, it is audited. */
    public byte[] minutes(PortfolioStatus portfolio, Format format) {
        String unit = organisation
                .name()
                .orElse(
                        portfolio.projects().isEmpty()
                                ? ""
                                : portfolio.projects().getFirst().department());
        Minutes minutes =
                MinutesWords.of(portfolio, details(portfolio.checkpoint()), notes(portfolio.checkpoint()), unit);
        byte[] file = format == Format.PDF ? MinutesPdf.write(minutes) : MinutesDocx.write(minutes);
        audit.exported(
                "minutes",
                format.name().toLowerCase(Locale.ROOT),
                portfolio.checkpoint().iso(),
                null,
                null);
        return file;
    }

    public MeetingDetails details(Checkpoint at) {
        return jdbc.sql("""
                SELECT held_on, place, chair, attendees, version FROM meeting
                WHERE checkpoint_year = :y AND checkpoint_month = :m""")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> new MeetingDetails(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
                .optional()
                .orElse(MeetingDetails.NONE);
    }

    /** Saves when, where, chair and attendees; details changed by someone else since they were read are refused. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public MeetingDetails saveDetails(Checkpoint at, MeetingDetails d) {
        MeetingDetails current = details(at);
        if (!Objects.equals(current.version(), d.version())) {
            throw new ConcurrentEditException(List.of(Message.of("entry.conflict.meetingDetails")));
        }
        int written = jdbc.sql(current.version() == null ? """
                INSERT INTO meeting (checkpoint_year, checkpoint_month, held_on, place, chair, attendees, version,
                updated_by, updated_at) VALUES (:y, :m, :on, :place, :chair, :attendees, 0, :who, :at)""" : """
                UPDATE meeting SET held_on = :on, place = :place, chair = :chair, attendees = :attendees,
                version = version + 1, updated_by = :who, updated_at = :at
                WHERE checkpoint_year = :y AND checkpoint_month = :m AND version = :v""")
                .param("y", at.year())
                .param("m", at.month())
                .param("on", d.heldOn() == null ? null : Date.valueOf(d.heldOn()))
                .param("place", d.place())
                .param("chair", d.chair())
                .param("attendees", d.attendees())
                .param("who", currentUser.name())
                .param("at", Timestamp.from(Instant.now()))
                .param("v", current.version() == null ? 0 : current.version())
                .update();
        if (written == 0) {
            throw new ConcurrentEditException(List.of(Message.of("entry.conflict.meetingDetails")));
        }
        changeLog.record(currentUser.name(), null, null, at.iso(), "meeting_details", describe(current), describe(d));
        return details(at);
    }

    public Map<Long, MeetingNote> notes(Checkpoint at) {
        Map<Long, MeetingNote> notes = new HashMap<>();
        jdbc.sql("""
                SELECT project_id, remarks, decisions, decision_owner, decision_due, version, updated_by FROM meeting_note
                WHERE checkpoint_year = :y AND checkpoint_month = :m""")
                .param("y", at.year())
                .param("m", at.month())
                .query((rs, n) -> notes.put(
                        rs.getLong(1),
                        new MeetingNote(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, LocalDate.class),
                                rs.getInt(6),
                                rs.getString(7))))
                .list();
        return notes;
    }

    public MeetingNote note(long projectId, Checkpoint at) {
        return notes(at).getOrDefault(projectId, MeetingNote.empty(projectId));
    }

    /** Saves a note; a note changed by someone else since it was read is refused, not overwritten. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    @Transactional
    public MeetingNote save(Checkpoint at, MeetingNote note) {
        String who = currentUser.name();
        MeetingNote current = note(note.projectId(), at);
        if (!Objects.equals(current.version(), note.version())) {
            throw new ConcurrentEditException(List.of(Message.of("entry.conflict.meetingNoteBy", current.updatedBy())));
        }
        int written = jdbc.sql(current.version() == null ? """
                INSERT INTO meeting_note (project_id, checkpoint_year, checkpoint_month, remarks, decisions, decision_owner,
                decision_due, version, updated_by, updated_at) VALUES (:p, :y, :m, :r, :d, :owner, :due, 0, :who, :at)""" : """
                UPDATE meeting_note SET remarks = :r, decisions = :d, decision_owner = :owner, decision_due = :due,
                version = version + 1, updated_by = :who, updated_at = :at
                WHERE project_id = :p AND checkpoint_year = :y AND checkpoint_month = :m AND version = :v""")
                .param("p", note.projectId())
                .param("y", at.year())
                .param("m", at.month())
                .param("r", note.remarks())
                .param("d", note.decisions())
                .param("owner", note.decisionOwner())
                .param("due", note.decisionDue() == null ? null : Date.valueOf(note.decisionDue()))
                .param("who", who)
                .param("at", Timestamp.from(Instant.now()))
                .param("v", current.version() == null ? 0 : current.version())
                .update();
        if (written == 0) {
            throw new ConcurrentEditException(List.of(Message.of("entry.conflict.meetingNote")));
        }
        changeLog.record(who, note.projectId(), null, at.iso(), "meeting_remarks", current.remarks(), note.remarks());
        changeLog.record(
                who, note.projectId(), null, at.iso(), "meeting_decisions", current.decisions(), note.decisions());
        changeLog.record(
                who,
                note.projectId(),
                null,
                at.iso(),
                "meeting_decision_owner",
                current.decisionOwner(),
                note.decisionOwner());
        changeLog.record(
                who,
                note.projectId(),
                null,
                at.iso(),
                "meeting_decision_due",
                current.decisionDue(),
                note.decisionDue());
        return note(note.projectId(), at);
    }

    private static @Nullable String describe(MeetingDetails d) {
        String text = String.join(
                " · ",
                Stream.of(d.heldOn() == null ? null : d.heldOn().toString(), d.place(), d.chair(), d.attendees())
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        return text.isEmpty() ? null : text;
    }
}
