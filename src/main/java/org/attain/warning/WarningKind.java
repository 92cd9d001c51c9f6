package org.attain.warning;

/** Why a project is warned: spending below the month's execution floor, or attainment and execution far apart. */
public enum WarningKind {
    EXECUTION_FLOOR,
    ATTAINMENT_GAP
}
