package org.attain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.attain.monitoring.CheckpointLocks;
import org.attain.project.DepartmentTree;
import org.attain.round.ReportingRounds;
import org.attain.security.Role;
import org.attain.security.UserAdministration;
import org.attain.security.UserService;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    @Autowired
    UserService users;

    @Autowired
    RoundCompletion completion;

    @Autowired
    CheckpointLocks locks;

    @Autowired
    DepartmentTree tree;

    @Autowired
    JdbcClient jdbc;

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

    long department(String name) {
        return jdbc.sql("SELECT id FROM department WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A new owner with an e-mail address, of one project, which moves to the given department. */
    void ownerIn(String username, String department, long project) {
        users.create(username, username, Role.PROJECT_OWNER, "Owner-Mail-2025");
        admin.update(username, username, department, username + "@example.org", Role.PROJECT_OWNER);
        users.assign(username, List.of(project));
        jdbc.sql("UPDATE project SET department_id = :d WHERE id = :p")
                .param("d", department(department))
                .param("p", project)
                .update();
    }

    @Test
    void owners_of_a_department_locked_at_the_checkpoint_or_under_a_locked_department_are_not_reminded()
            throws Exception {
        SMTP.reset();
        Checkpoint september = new Checkpoint(2025, 9);
        rounds.open(september, LocalDate.of(2025, 10, 10)); // every value carried as a draft
        tree.place("教育局", "教育局直属学校");
        tree.place("文化局", null);
        tree.place("卫健委", null);
        // the locks are taken while the departments are empty: the projects moved in afterwards still have drafts,
        // so only the lock keeps their owners from being reminded
        locks.lock(september, department("教育局"));
        locks.lock(september, department("文化局"));
        List<Long> seed = jdbc.sql("SELECT id FROM project WHERE budget_year = 2025 ORDER BY id")
                .query(Long.class)
                .list();
        ownerIn("school", "教育局直属学校", seed.get(0)); // a unit under the locked 主管部门
        ownerIn("culture", "文化局", seed.get(1)); // the locked department itself
        ownerIn("health", "卫健委", seed.get(2)); // an open department

        assertThat(completion.of(september))
                .filteredOn(c -> seed.subList(0, 3).contains(c.projectId()))
                .extracting(Completion::projectId, Completion::stage, Completion::isOpenForOwner)
                .containsExactlyInAnyOrder(
                        tuple(seed.get(0), CompletionStage.LOCKED, false),
                        tuple(seed.get(1), CompletionStage.LOCKED, false),
                        tuple(seed.get(2), CompletionStage.DRAFT, true));
        assertThat(completion.openByOwner(september).keySet())
                .extracting(RoundCompletion.Owner::username)
                .contains("health")
                .doesNotContain("school", "culture");

        reminders.send(LocalDate.of(2025, 10, 8));
        assertThat(to(SMTP.getReceivedMessages()))
                .filteredOn(m -> m.contains("1-9月"))
                .containsExactly("health@example.org | 【绩效监控】1-9月 填报将于 2025-10-10 截止");
    }
}
