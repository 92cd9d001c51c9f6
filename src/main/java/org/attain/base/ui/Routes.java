package org.attain.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import org.attain.status.Checkpoint;

/**
 * Every page's address in one place. Pages link to each other through these locations, never by importing each
 * other's classes, so a child page does not depend on its parent and the other way round.
 */
public final class Routes {

    /** The query parameter naming the checkpoint a page shows, e.g. {@code ?checkpoint=2025-06}. */
    public static final String CHECKPOINT = "checkpoint";

    public static final String PORTFOLIO = "";
    public static final String PORTFOLIO_PRINT = "portfolio/print";
    public static final String PROJECT = "projects";
    public static final String INDICATOR = "projects/:projectId(\\d+)/indicators/:indicatorId(\\d+)";
    public static final String ACTUALS = "projects/:projectId(\\d+)/actuals";
    public static final String SELF_EVALUATION = "projects/:projectId(\\d+)/self-evaluation";
    public static final String MEETING = "meeting";
    public static final String REPORTS = "reports";
    public static final String IMPORT = "import";
    public static final String IMPORT_HISTORY = "import/history";
    public static final String ROUNDS = "rounds";
    public static final String SCORING = "scoring";
    public static final String ACCOUNT = "account";
    public static final String COMPLETION = "rounds/completion";
    public static final String ADJUSTMENTS = "adjustments";
    public static final String WARNINGS = "warnings";
    public static final String DEPARTMENT = "department";
    public static final String REVIEW = "projects/:projectId(\\d+)/review";

    private Routes() {}

    public static String portfolio() {
        return PORTFOLIO;
    }

    public static String portfolio(Checkpoint at) {
        return at(PORTFOLIO, at);
    }

    public static String project(long projectId) {
        return PROJECT + "/" + projectId;
    }

    public static String project(long projectId, Checkpoint at) {
        return at(project(projectId), at);
    }

    public static String indicator(long projectId, long indicatorId, Checkpoint at) {
        return at(project(projectId) + "/indicators/" + indicatorId, at);
    }

    public static String actuals(long projectId, Checkpoint at) {
        return at(project(projectId) + "/actuals", at);
    }

    public static String selfEvaluation(long projectId, Checkpoint at) {
        return at(project(projectId) + "/self-evaluation", at);
    }

    /** How far every project's report of a round has come. */
    public static String completion(Checkpoint at) {
        return at(COMPLETION, at);
    }

    /** The officer's review of a project's report at a checkpoint. */
    public static String review(long projectId, Checkpoint at) {
        return at(project(projectId) + "/review", at);
    }

    public static String meeting(Checkpoint at, int slide) {
        return at(MEETING, at) + "&slide=" + slide;
    }

    public static String reports(Checkpoint at) {
        return at(REPORTS, at);
    }

    public static String importing() {
        return IMPORT;
    }

    /** Navigates the current UI to a location built by this class. */
    public static void go(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent()
                    .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        }
    }

    /** A link the router follows inside the application (no page reload), to a location built by this class. */
    public static Anchor link(String text, String location) {
        Anchor link = new Anchor(location.isEmpty() ? "." : location, text);
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private static String at(String path, Checkpoint at) {
        return path + "?" + CHECKPOINT + "=" + at.iso();
    }
}
