package org.attain.monitoring;

import org.attain.i18n.Message;
import org.attain.i18n.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A value that cannot be saved: which indicator (null: the project's budget or the checkpoint as a whole), which
 * field of the form, and why — a message rendered in the reader's language.
 */
public record EntryProblem(@Nullable String indicator, String field, Message message) {

    /** The field's name in the bundles ({@code entry.field.actual}, …). */
    public Message fieldLabel() {
        return Message.of("entry.field." + field);
    }

    @Override
    public String toString() {
        return (indicator == null ? "budget" : indicator) + " · " + field + ": "
                + Texts.english().render(message);
    }
}
