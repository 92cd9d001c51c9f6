package org.attain.reminder;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.attain.i18n.MessagesI18NProvider.Messages;
import org.attain.i18n.Texts;
import org.attain.round.ReportingRound;

/** The words of a reminder mail, from the message bundles. */
final class ReminderText {

    private ReminderText() {}

    static String subject(ReportingRound round, String kind, Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return Messages.get(
                "reminder.subject." + kind,
                locale,
                Texts.of(locale).text(round.checkpoint()),
                round.dueDate().toString());
    }

    static String body(ReportingRound round, String kind, String name, List<Completion> open, Locale locale) {
        boolean en = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        String projects = open.stream()
                .map(c -> Messages.get(
                        "reminder.project", locale, c.projectName(), c.missing(), c.drafts(), c.returned()))
                .collect(Collectors.joining("\n"));
        return Messages.get(
                "reminder.body." + kind,
                locale,
                name,
                Texts.of(locale).text(round.checkpoint()),
                round.dueDate().toString(),
                projects);
    }
}
