package org.attain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins as every server counts them: one row per counted subject in {@code login_failure}, keyed by a
 * SHA-256 of the subject (a password typed into the name field is never stored). A change reads and writes the row
 * in one transaction holding its lock, so that failures on two servers at once both count.
 */
@Component
class LoginFailures {

    /** Failures since the last block, blocked until {@code blockedUntil}, written at {@code writtenAt} (epoch ms). */
    record Failures(int count, long blockedUntil, long writtenAt) {

        static final Failures NONE = new Failures(0, 0, 0);
    }

    private static final int ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    LoginFailures(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Failures find(String subject) {
        return jdbc.sql("SELECT failures, blocked_until, written_at FROM login_failure WHERE subject = :s")
                .param("s", hash(subject))
                .query((rs, n) -> new Failures(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                .optional()
                .orElse(Failures.NONE);
    }

    /** Replaces the subject's failures by {@code change} of them ({@link Failures#NONE} when there are none). */
    Failures change(String subject, UnaryOperator<Failures> change) {
        String s = hash(subject);
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    // creates the row or takes its lock, so the read below is the one the update replaces
                    jdbc.sql(
                                    "INSERT INTO login_failure (subject, failures, blocked_until, written_at) VALUES (:s, 0, 0, 0)"
                                            + " ON DUPLICATE KEY UPDATE subject = subject")
                            .param("s", s)
                            .update();
                    Failures before = jdbc.sql("SELECT failures, blocked_until, written_at FROM login_failure"
                                    + " WHERE subject = :s FOR UPDATE")
                            .param("s", s)
                            .query((rs, n) -> new Failures(rs.getInt(1), rs.getLong(2), rs.getLong(3)))
                            .single();
                    Failures after = change.apply(before);
                    jdbc.sql(
                                    "UPDATE login_failure SET failures = :f, blocked_until = :b, written_at = :w WHERE subject = :s")
                            .param("f", after.count())
                            .param("b", after.blockedUntil())
                            .param("w", after.writtenAt())
                            .param("s", s)
                            .update();
                    return after;
                });
            } catch (ConcurrencyFailureException deadlock) {
                if (attempt == ATTEMPTS) {
                    throw deadlock;
                }
            }
        }
    }

    void remove(String subject) {
        jdbc.sql("DELETE FROM login_failure WHERE subject = :s")
                .param("s", hash(subject))
                .update();
    }

    /** Forgets every subject last written before {@code cutoff} (epoch ms); returns how many. */
    int removeWrittenBefore(long cutoff) {
        return jdbc.sql("DELETE FROM login_failure WHERE written_at < :c")
                .param("c", cutoff)
                .update();
    }

    static String hash(String subject) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
