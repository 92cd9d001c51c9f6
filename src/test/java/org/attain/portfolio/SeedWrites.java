package org.attain.portfolio;

import java.util.List;
import org.attain.monitoring.ActualInput;
import org.attain.monitoring.EntryRow;
import org.attain.monitoring.MonitoringService;
import org.attain.monitoring.StoredInputs;
import org.attain.security.Role;
import org.attain.status.Checkpoint;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the status table's tests do to the seed: act as someone, save a value of one indicator as its owner would. */
final class SeedWrites {

    static final Checkpoint JUNE = new Checkpoint(2025, 6);
    static final String HELPED = "市级生活困难劳模帮扶人数";

    private SeedWrites() {}

    static void as(String name, Role role) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(
                        name, null, List.of(new SimpleGrantedAuthority(role.authority()))));
    }

    /** Saves a value of {@link #HELPED} at June as the project's owner: a draft, kept with what else the row holds. */
    static void saveHelped(MonitoringService monitoring, long project, String value) {
        as("owner", Role.PROJECT_OWNER);
        EntryRow row = monitoring.sheet(project, JUNE).rows().stream()
                .filter(r -> r.indicator().getName().equals(HELPED))
                .findFirst()
                .orElseThrow();
        ActualInput s = row.stored();
        monitoring.save(project, JUNE, List.of(StoredInputs.withActual(s, value)), null);
    }
}
