package org.attain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.attain.AttainSpringTest;
import org.attain.status.Checkpoint;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A committed write refreshes the status table in its own transaction, whoever wrote: here a plain SQL update of a
 * target, committed, then undone (committed again).
 */
@AttainSpringTest
class StatusRefreshOnCommitTest {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);

    @Autowired
    StatusTable table;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void a_committed_target_change_is_judged_before_the_commit() {
        long indicator = jdbc.sql("""
                        SELECT i.id FROM indicator i JOIN project p ON p.id = i.project_id
                        WHERE p.budget_year = 2025 AND i.name = '市级生活困难劳模帮扶人数' AND i.goal_table = 'ANNUAL'""").query(Long.class).single();
        var target = jdbc.sql("SELECT target_value FROM indicator WHERE id = :id")
                .param("id", indicator)
                .query(java.math.BigDecimal.class)
                .single();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.executeWithoutResult(t -> table.refreshDirty());
        String before = table.storedLight("A", JUNE, indicator);
        try {
            tx.executeWithoutResult(
                    t -> jdbc.sql("UPDATE indicator SET target_value = target_value * 100 WHERE id = :id")
                            .param("id", indicator)
                            .update());
            assertThat(table.storedLight("A", JUNE, indicator)).isEqualTo("RED").isNotEqualTo(before);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM status_dirty")
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            tx.executeWithoutResult(t -> jdbc.sql("UPDATE indicator SET target_value = :v WHERE id = :id")
                    .param("v", target)
                    .param("id", indicator)
                    .update());
        }
        assertThat(table.storedLight("A", JUNE, indicator)).isEqualTo(before);
        assertThat(table.differences(2025)).isEmpty();
    }
}
