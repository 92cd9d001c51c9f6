package org.attain.monitoring.bulk;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.attain.base.Progress;
import org.attain.history.ChangeLog;
import org.attain.importing.ImportException;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.bulk.ImportPlan.Plan;
import org.attain.security.Audit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports actuals and budget figures from a CSV or the monitoring workbook: {@link ActualsFileReader} resolves and
 * checks every row by the same rules as the entry form and reports errors by row; only a file without errors is stored
 * — in one transaction, the forms of all its projects saved together ({@link MonitoringService#saveAll}).
 */
@Service
public class ActualsImportService {

    private final ActualsFileReader reader;
    private final MonitoringService monitoring;
    private final Audit audit;
    private final ChangeLog changeLog;

    ActualsImportService(ActualsFileReader reader, MonitoringService monitoring, Audit audit, ChangeLog changeLog) {
        this.reader = reader;
        this.monitoring = monitoring;
        this.audit = audit;
        this.changeLog = changeLog;
    }

    /** Reads and checks a file; stores nothing. */
    public ActualsImportReport read(String fileName, byte[] bytes) {
        return read(fileName, bytes, Progress.NONE);
    }

    /** As {@link #read(String, byte[])}, telling the progress row by row. */
    public ActualsImportReport read(String fileName, byte[] bytes, Progress progress) {
        return reader.plan(fileName, bytes, progress).report();
    }

    /** Stores a file's values in one transaction, or throws {@link ImportException} with its errors by row. */
    @Transactional
    public ActualsImportReport store(String fileName, byte[] bytes) {
        return store(fileName, bytes, Progress.NONE);
    }

    /** As {@link #store(String, byte[])}, telling the progress row by row, checking and then storing. */
    @Transactional
    public ActualsImportReport store(String fileName, byte[] bytes, Progress progress) {
        Plan plan = reader.plan(fileName, bytes, progress);
        if (!plan.errors.isEmpty()) {
            throw new ImportException(fileName, plan.errors);
        }
        int rows = plan.lines.size();
        int[] stored = {0};
        List<MonitoringService.Form> forms = new ArrayList<>();
        Map<MonitoringService.Form, Integer> sizes = new IdentityHashMap<>();
        plan.batches.forEach((key, batch) -> {
            MonitoringService.Form form = new MonitoringService.Form(
                    key.projectId(), key.checkpoint(), new ArrayList<>(batch.actuals.values()), batch.budget);
            forms.add(form);
            sizes.put(form, batch.actuals.size() + (batch.budget != null ? 1 : 0));
        });
        monitoring.saveAll(forms, form -> {
            stored[0] += sizes.get(form);
            progress.update("storing rows", stored[0], rows);
        });
        ChangeLog.Pending log = changeLog.pending();
        plan.batches.forEach((key, batch) -> audit.importedActuals(
                log, key.projectId(), key.checkpoint().iso(), fileName, batch.actuals.size(), batch.budget != null));
        log.flush();
        return plan.report();
    }
}
