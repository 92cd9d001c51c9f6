package org.attain.portfolio;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Keeps the status table current: before a writing transaction commits, the projects its writes marked (database
 * triggers on projects, indicators, actuals, budgets, approved values and adjustments fill {@code status_dirty}) are
 * judged again, in the same transaction — whichever service wrote. Spring Boot registers this bean with the
 * transaction manager.
 */
@Component
class StatusRefreshListener implements TransactionExecutionListener {

    private final ObjectProvider<StatusTable> table;

    StatusRefreshListener(ObjectProvider<StatusTable> table) {
        this.table = table;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (transaction.isNewTransaction() && !transaction.isReadOnly() && !transaction.isRollbackOnly()) {
            table.getObject().refreshDirty();
        }
    }
}
