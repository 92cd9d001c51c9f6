package org.attain.importing;

/** The result of one consistency check on a project's targets: a problem (WARNING) or a check that passed (OK). */
import org.attain.i18n.Message;

public record Finding(String project, Severity severity, Message message) {

    public enum Severity {
        OK,
        WARNING
    }
}
