package org.attain.monitoring.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.attain.AttainSpringTest;
import org.attain.importing.ImportProblem;
import org.attain.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A bulk file with rows of a project the owner does not own is refused at the preview, row by row, not rolled back silently. */
@AttainSpringTest
class BulkImportAccessTest {

    @Autowired
    ActualsImportService importer;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rows_of_another_owners_project_are_refused_with_their_row_and_project() {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        "stranger", null, List.of(new SimpleGrantedAuthority(Role.PROJECT_OWNER.authority()))));
        byte[] csv = "project,indicator,checkpoint,actual\n协理员专项补助,协理员人数,2025-06,20\n".getBytes(StandardCharsets.UTF_8);
        ActualsImportReport report = importer.read("theirs.csv", csv);
        assertThat(report.isValid()).isFalse();
        assertThat(report.errors()).extracting(ImportProblem::line).containsExactly(2);
        assertThat(report.errors().getFirst().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("您不是项目“协理员专项补助”的负责人，不能导入其执行情况");
    }
}
