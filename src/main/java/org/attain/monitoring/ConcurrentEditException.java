package org.attain.monitoring;

import java.util.List;
import java.util.stream.Collectors;
import org.attain.i18n.Message;
import org.attain.i18n.Texts;

/**
 * Someone else saved the same values after this form was opened; nothing was saved. Carries what changed — the
 * indicators (or the budget, or the meeting note) and who saved them — as messages in the reader's language.
 */
public class ConcurrentEditException extends RuntimeException {

    private final transient List<Message> changed;

    public ConcurrentEditException(List<Message> changed) {
        super("Changed by someone else meanwhile: "
                + changed.stream().map(Texts.english()::render).collect(Collectors.joining(", ")));
        this.changed = List.copyOf(changed);
    }

    public List<Message> getChanged() {
        return changed;
    }
}
