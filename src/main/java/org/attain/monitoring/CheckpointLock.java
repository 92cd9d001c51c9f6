package org.attain.monitoring;

import org.attain.project.DepartmentsAbove;
import org.attain.status.Checkpoint;
import org.jspecify.annotations.Nullable;

/**
 * A checkpoint's lock: for every department ({@link #all()}) or for one department and its units, named; taken by the
 * bureau's officer or by the department's own.
 */
public record CheckpointLock(
        Checkpoint at, long departmentId, @Nullable String department, String lockedBy, boolean takenByBureau) {

    /** The department id of a lock that holds every department. */
    public static final long ALL_DEPARTMENTS = DepartmentsAbove.ALL;

    public boolean all() {
        return departmentId == ALL_DEPARTMENTS;
    }

    /** The change log's word for this lock: "locked", or "locked: " and the department. */
    String logged() {
        return all() ? "locked" : "locked: " + department;
    }
}
