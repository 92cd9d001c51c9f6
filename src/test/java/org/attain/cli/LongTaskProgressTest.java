package org.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attain.AttainSpringTest;
import org.attain.base.Progress;
import org.attain.generator.PortfolioGenerator;
import org.attain.importing.TargetImportService;
import org.attain.monitoring.bulk.ActualsImportService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The long tasks behind the commands tell their progress all the way to the total, in order, so that a terminal
 * shows them moving (each test's changes are rolled back).
 */
@AttainSpringTest
@Transactional
class LongTaskProgressTest {

    @Autowired
    TargetImportService targets;

    @Autowired
    ActualsImportService actuals;

    @Autowired
    PortfolioGenerator generator;

    /** Every update, and per task the last one. */
    private static final class Recorder implements Progress {
        final List<String> updates = new ArrayList<>();
        final Map<String, long[]> last = new LinkedHashMap<>();

        @Override
        public void update(String task, long done, long total) {
            long[] before = last.get(task);
            assertThat(before == null || done >= before[0])
                    .as("%s goes forward", task)
                    .isTrue();
            updates.add(task + " " + done + "/" + total);
            last.put(task, new long[] {done, total});
        }
    }

    @Test
    void importing_an_approval_document_counts_its_projects() throws IOException {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seed/approval-2025.txt")) {
            seed = in.readAllBytes();
        }
        Recorder recorder = new Recorder();
        targets.store(targets.read("approval.txt", seed), targets.defaultDepartment(), recorder);
        assertThat(recorder.updates)
                .containsExactly(
                        "storing projects 1/7",
                        "storing projects 2/7",
                        "storing projects 3/7",
                        "storing projects 4/7",
                        "storing projects 5/7",
                        "storing projects 6/7",
                        "storing projects 7/7");
    }

    @Test
    void importing_actuals_counts_the_rows_checked_then_stored() {
        byte[] csv = """
                project,indicator,checkpoint,actual,forecast,likelihood,reasons,corrective_action
                协理员专项补助,协理员年度考核合格率,2025-08,91,92,确定能,,
                鄂州市劳模春节慰问专项资金,2025年春节慰问人数,2025-08,552人,574,有可能,其他,节后补访
                """.getBytes(StandardCharsets.UTF_8);
        Recorder recorder = new Recorder();
        actuals.store("july.csv", csv, recorder);
        assertThat(recorder.updates)
                .containsExactly(
                        "checking rows 0/2",
                        "checking rows 1/2",
                        "checking rows 2/2",
                        "storing rows 1/2",
                        "storing rows 2/2");
    }

    @Test
    void generating_counts_each_table_of_each_year() {
        Recorder recorder = new Recorder();
        PortfolioGenerator.Generated generated = generator.generate(3, 2, 99, 2025, 6, recorder);
        assertThat(recorder.last.keySet())
                .containsExactly(
                        "2025: projects",
                        "2025: indicators",
                        "2025: actuals",
                        "2025: budgets",
                        "2024: projects",
                        "2024: indicators",
                        "2024: actuals",
                        "2024: budgets");
        assertThat(recorder.last.values())
                .allSatisfy(doneTotal -> assertThat(doneTotal[0]).isEqualTo(doneTotal[1]));
        assertThat(recorder.last.get("2025: indicators")[1] + recorder.last.get("2024: indicators")[1])
                .isEqualTo(generated.indicators());
        assertThat(recorder.last.get("2025: actuals")[1] + recorder.last.get("2024: actuals")[1])
                .isEqualTo(generated.actuals());
    }
}
