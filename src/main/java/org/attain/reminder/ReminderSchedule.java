package org.attain.reminder;

import org.attain.round.ReportingRounds;
import org.attain.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Once a day (08:00 unless {@code attain.reminders.cron} says otherwise) the server sends the reminders due. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Profile("!cli")
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final Reminders reminders;
    private final ReportingRounds rounds;

    ReminderSchedule(Reminders reminders, ReportingRounds rounds) {
        this.reminders = reminders;
        this.rounds = rounds;
    }

    @Scheduled(cron = "${attain.reminders.cron:0 0 8 * * *}")
    void daily() {
        if (!reminders.isConfigured()) {
            return; // no mail server: nothing to send, nothing to say every day
        }
        Reminders.Sent sent = SystemIdentity.call(() -> reminders.send(rounds.today()));
        log.info("Reminders: {} sent, {} owners without an e-mail address", sent.mails(), sent.withoutAddress());
    }
}
