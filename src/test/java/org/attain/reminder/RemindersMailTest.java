package org.attain.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.attain.AttainSpringTest;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.security.UserAdministration;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders sent to a real SMTP server (GreenMail, started by this test on a free port) and read back from it. The
 * demo's 1-6月 round is past due with one indicator missing; a 1-9月 round due 2025-10-10 is opened here.
 */
@AttainSpringTest
@Transactional
class RemindersMailTest {

    static final GreenMail SMTP = start();

    @Autowired
    Reminders reminders;

    @Autowired
    ReportingRounds rounds;

    @Autowired
    UserAdministration admin;

    private static GreenMail start() {
        try (ServerSocket free = new ServerSocket(0)) {
            GreenMail mail =
                    new GreenMail(new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            free.close();
            mail.start();
            return mail;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("attain.reminders.from", () -> "attain@example.org");
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    private static List<String> to(MimeMessage[] messages) {
        return Arrays.stream(messages)
                .map(m -> {
                    try {
                        return m.getAllRecipients()[0].toString() + " | " + m.getSubject();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void owners_are_reminded_once_before_the_due_date_and_once_after_it() throws Exception {
        SMTP.reset();
        admin.update("owner", "李静", "市总工会财务部", "lijing@example.org", Role.PROJECT_OWNER);
        rounds.open(new Checkpoint(2025, 9), LocalDate.of(2025, 10, 10)); // every value carried as a draft

        Reminders.Sent first = reminders.send(LocalDate.of(2025, 10, 8));
        assertThat(first).isEqualTo(new Reminders.Sent(true, 2, 0));
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(to(received))
                .containsExactlyInAnyOrder(
                        "lijing@example.org | 【绩效监控】1-6月 填报已逾期（截止日期 2025-07-10）",
                        "lijing@example.org | 【绩效监控】1-9月 填报将于 2025-10-10 截止");
        MimeMessage september = Arrays.stream(received)
                .filter(m -> GreenMailUtil.getHeaders(m).contains("2025-10-10"))
                .findFirst()
                .orElseThrow();
        String body = GreenMailUtil.getBody(september);
        assertThat(september.getFrom()[0].toString()).isEqualTo("attain@example.org");
        assertThat(september.getContent().toString())
                .startsWith("李静，您好：")
                .contains("· 鄂州市劳模春节慰问专项资金：未填 0 项，草稿 ")
                .contains("1-9月 的绩效监控填报将于 2025-10-10 截止");
        assertThat(body).isNotBlank();

        assertThat(reminders.send(LocalDate.of(2025, 10, 9)).mails())
                .as("once per owner and round")
                .isZero();
        assertThat(reminders.send(LocalDate.of(2025, 10, 11)).mails())
                .as("after the due date")
                .isOne();
        assertThat(to(SMTP.getReceivedMessages()))
                .hasSize(3)
                .contains("lijing@example.org | 【绩效监控】1-9月 填报已逾期（截止日期 2025-10-10）");
    }
}
