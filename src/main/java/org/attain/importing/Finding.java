package org.attain.importing;

/** The result of one consistency check on a project's targets: a problem (WARNING) or a check that passed (OK). */
public record Finding(String project, Severity severity, String message) {

    public enum Severity { OK, WARNING }
}
