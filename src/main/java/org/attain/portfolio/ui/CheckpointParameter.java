package org.attain.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.Location;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.attain.base.ui.Routes;
import org.attain.round.ReportingRounds;
import org.attain.status.Checkpoint;
import org.springframework.stereotype.Component;

/**
 * The checkpoint a page shows: the one its address names ({@code ?checkpoint=2025-06}), else the year's default —
 * the latest opened reporting round, else the configured mid-year month. An address naming a malformed checkpoint,
 * or one of a year the page does not show, is refused with a message and the default is shown instead.
 */
@Component
public class CheckpointParameter {

    private final ReportingRounds rounds;

    CheckpointParameter(ReportingRounds rounds) {
        this.rounds = rounds;
    }

    /** Whether the address names a checkpoint. */
    public boolean named(Location location) {
        return location.getQueryParameters()
                .getSingleParameter(Routes.CHECKPOINT)
                .isPresent();
    }

    /** For a page of one year (a project's pages). */
    public Checkpoint read(Location location, int year) {
        return read(location, List.of(year), year);
    }

    /**
     * The checkpoint in the URL, else the default of the year in the URL ({@code ?year=2024}), else that of the newest
     * of the years (newest first); with no year at all, the current year's default.
     */
    public Checkpoint read(Location location, List<Integer> years) {
        if (years.isEmpty()) {
            int year = rounds.today().getYear();
            return read(location, List.of(year), year);
        }
        int year = location.getQueryParameters()
                .getSingleParameter("year")
                .filter(y -> y.matches("\\d{4}"))
                .map(Integer::valueOf)
                .filter(years::contains)
                .orElse(years.getFirst());
        return read(location, years, year);
    }

    /**
     * For a page that can show any of several years (the portfolio, the reports, the meeting); without a
     * checkpoint in the address it shows the default of {@code defaultYear}.
     */
    public Checkpoint read(Location location, Collection<Integer> years, int defaultYear) {
        Optional<String> text = location.getQueryParameters().getSingleParameter(Routes.CHECKPOINT);
        Checkpoint fallback = rounds.defaultCheckpoint(defaultYear);
        if (text.isEmpty()) {
            return fallback;
        }
        Optional<Checkpoint> named = parse(text.get()).filter(c -> years.contains(c.year()));
        if (named.isEmpty()) {
            refuse(text.get(), fallback);
        }
        return named.orElse(fallback);
    }

    static Optional<Checkpoint> parse(String text) {
        try {
            return Optional.of(Checkpoint.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void refuse(String text, Checkpoint fallback) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        String shown = text.length() > 20 ? text.substring(0, 20) + "…" : text;
        Notification n = Notification.show(
                ui.getTranslation("checkpoint.refused", shown, fallback), 6000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
