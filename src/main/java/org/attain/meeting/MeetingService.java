package org.attain.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.attain.history.ChangeLog;
import org.attain.monitoring.ConcurrentEditException;
import org.attain.status.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Remarks and decisions of the mid-year review meeting, kept with the checkpoint. */
@Service
public class MeetingService {

    private final JdbcClient jdbc;
    private final ChangeLog changeLog;
    private final org.attain.security.CurrentUser currentUser;
    private final org.attain.security.Audit audit;

    MeetingService(JdbcClient jdbc, ChangeLog changeLog, org.attain.security.CurrentUser currentUser,
            org.attain.security.Audit audit) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.changeLog = changeLog;
    }

    /** The minutes of the review meeting as a PDF; like every file that leaves the application, it is audited. */
    public byte[] minutes(org.attain.monitoring.PortfolioStatus portfolio) {
        Map<Long, String[]> texts = new java.util.HashMap<>();
        notes(portfolio.checkpoint()).forEach((id, n) -> texts.put(id, new String[] {n.remarks(), n.decisions()}));
        byte[] pdf = org.attain.report.ReportPdfWriter.minutes(portfolio, texts);
        audit.exported("minutes", "pdf", portfolio.checkpoint().iso(), null, null);
        return pdf;
    }

    public Map<Long, MeetingNote> notes(Checkpoint at) {
        Map<Long, MeetingNote> notes = new HashMap<>();
        jdbc.sql("""
                SELECT project_id, remarks, decisions, version, updated_by FROM meeting_note
                WHERE checkpoint_year = :y AND checkpoint_month = :m""")
                .param("y", at.year()).param("m", at.month())
                .query((rs, n) -> notes.put(rs.getLong(1), new MeetingNote(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5))))
                .list();
        return notes;
    }

    public MeetingNote note(long projectId, Checkpoint at) {
        return notes(at).getOrDefault(projectId, MeetingNote.empty(projectId));
    }

    /** Saves a note; a note changed by someone else since it was read is refused, not overwritten. */
    @Transactional
    public MeetingNote save(Checkpoint at, MeetingNote note, String who) {
        currentUser.require(org.attain.security.Role.PERFORMANCE_OFFICER);
        MeetingNote current = note(note.projectId(), at);
        if (!Objects.equals(current.version(), note.version())) {
            throw new ConcurrentEditException(java.util.List.of("会议记录 / meeting note（" + current.updatedBy() + "）"));
        }
        Timestamp now = Timestamp.from(Instant.now());
        if (current.version() == null) {
            jdbc.sql("""
                    INSERT INTO meeting_note (project_id, checkpoint_year, checkpoint_month, remarks, decisions, version,
                    updated_by, updated_at) VALUES (:p, :y, :m, :r, :d, 0, :who, :at)""")
                    .param("p", note.projectId()).param("y", at.year()).param("m", at.month()).param("r", note.remarks())
                    .param("d", note.decisions()).param("who", who).param("at", now).update();
        } else {
            int updated = jdbc.sql("""
                    UPDATE meeting_note SET remarks = :r, decisions = :d, version = version + 1, updated_by = :who,
                    updated_at = :at WHERE project_id = :p AND checkpoint_year = :y AND checkpoint_month = :m
                    AND version = :v""")
                    .param("p", note.projectId()).param("y", at.year()).param("m", at.month()).param("r", note.remarks())
                    .param("d", note.decisions()).param("who", who).param("at", now).param("v", current.version()).update();
            if (updated == 0) {
                throw new ConcurrentEditException(java.util.List.of("会议记录 / meeting note"));
            }
        }
        changeLog.record(who, note.projectId(), null, at.iso(), "meeting_remarks", current.remarks(), note.remarks());
        changeLog.record(who, note.projectId(), null, at.iso(), "meeting_decisions", current.decisions(), note.decisions());
        return note(note.projectId(), at);
    }
}
