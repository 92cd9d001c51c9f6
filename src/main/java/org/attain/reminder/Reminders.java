package org.attain.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.attain.history.ChangeLog;
import org.attain.i18n.MessagesI18NProvider;
import org.attain.round.ReportingRound;
import org.attain.round.ReportingRounds;
import org.attain.security.CurrentUser;
import org.attain.security.RequiresRole;
import org.attain.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * E-mail reminders of open rounds (not locked for every department): a few days before the due date to every owner who
 * still has values to enter, submit or correct in a project the round's lock does not hold (its department and the
 * 主管部门 above it unlocked), and once more after it to those still open — each at most once per owner and round.
 * Only when a mail server is configured ({@code spring.mail.host}); without one nothing is sent, and the officer's
 * page says so. Owners without an e-mail address are counted, not mailed.
 */
@Service
public class Reminders {

    /** What a reminder run did. */
    public record Sent(boolean configured, int mails, int withoutAddress) {}

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final Locale LOCALE = MessagesI18NProvider.CHINESE;

    private final ReportingRounds rounds;
    private final RoundCompletion completion;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final CurrentUser currentUser;
    private final ChangeLog changeLog;
    private final Clock clock;
    private final int daysBefore;
    private final String from;

    Reminders(
            ReportingRounds rounds,
            RoundCompletion completion,
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> mail,
            CurrentUser currentUser,
            ChangeLog changeLog,
            Clock clock,
            @Value("${attain.reminders.days-before:3}") int daysBefore,
            @Value("${attain.reminders.from:attain@localhost}") String from) {
        this.rounds = rounds;
        this.completion = completion;
        this.jdbc = jdbc;
        this.mail = mail;
        this.currentUser = currentUser;
        this.changeLog = changeLog;
        this.clock = clock;
        this.daysBefore = daysBefore;
        this.from = from;
    }

    public boolean isConfigured() {
        return mail.getIfAvailable() != null;
    }

    /** Sends the reminders due on {@code today} (the officer's button, the daily run); refused to other roles. */
    @RequiresRole(Role.PERFORMANCE_OFFICER)
    public Sent send(LocalDate today) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new Sent(false, 0, 0);
        }
        int mails = 0;
        int withoutAddress = 0;
        for (ReportingRound round : openRounds(today.getYear())) {
            String kind = today.isAfter(round.dueDate())
                    ? "AFTER"
                    : !today.plusDays(daysBefore).isBefore(round.dueDate()) ? "BEFORE" : null;
            if (kind == null) {
                continue;
            }
            Set<String> reminded = alreadySent(round, kind);
            for (Map.Entry<RoundCompletion.Owner, List<Completion>> e :
                    completion.openByOwner(round.checkpoint()).entrySet()) {
                RoundCompletion.Owner owner = e.getKey();
                if (owner.email() == null || owner.email().isBlank()) {
                    withoutAddress++;
                } else if (!reminded.contains(owner.username()) && mailed(sender, round, owner, kind, e.getValue())) {
                    mails++;
                }
            }
        }
        if (mails > 0) {
            changeLog.record(currentUser.name(), null, null, null, "reminders_sent", null, mails);
        }
        return new Sent(true, mails, withoutAddress);
    }

    /** The rounds of this year and the last that are not locked (a round of December is due in January). */
    private List<ReportingRound> openRounds(int year) {
        return Stream.of(year - 1, year)
                .flatMap(y -> rounds.rounds(y).stream())
                .filter(r -> jdbc.sql(
                                        "SELECT COUNT(*) FROM checkpoint_lock WHERE checkpoint_year = :y AND checkpoint_month = :m"
                                                + " AND department_id = 0")
                                .param("y", r.checkpoint().year())
                                .param("m", r.checkpoint().month())
                                .query(Integer.class)
                                .single()
                        == 0)
                .toList();
    }

    /** The owners already sent this kind of reminder for the round: one query per round, not one per owner. */
    private Set<String> alreadySent(ReportingRound round, String kind) {
        return new HashSet<>(jdbc.sql("""
                SELECT username FROM reminder_sent WHERE checkpoint_year = :y AND checkpoint_month = :m
                AND kind = :k""")
                .param("y", round.checkpoint().year())
                .param("m", round.checkpoint().month())
                .param("k", kind)
                .query(String.class)
                .list());
    }

    private boolean mailed(
            JavaMailSender sender,
            ReportingRound round,
            RoundCompletion.Owner owner,
            String kind,
            List<Completion> open) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(owner.email());
            helper.setSubject(ReminderText.subject(round, kind, LOCALE));
            helper.setText(ReminderText.body(round, kind, owner.displayName(), open, LOCALE));
            sender.send(message);
        } catch (MessagingException | MailException e) {
            log.warn(
                    "Reminder to {} for {} not sent: {}",
                    owner.username(),
                    round.checkpoint().iso(),
                    e.getMessage());
            return false;
        }
        jdbc.sql("""
                INSERT INTO reminder_sent (checkpoint_year, checkpoint_month, username, kind, email, sent_at)
                VALUES (:y, :m, :u, :k, :e, :at)""")
                .param("y", round.checkpoint().year())
                .param("m", round.checkpoint().month())
                .param("u", owner.username())
                .param("k", kind)
                .param("e", owner.email())
                .param("at", Timestamp.from(Instant.now(clock)))
                .update();
        return true;
    }
}
