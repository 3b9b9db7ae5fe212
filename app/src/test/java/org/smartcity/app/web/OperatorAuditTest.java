package org.smartcity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.serve.CourtServeOptions;
import org.smartcity.app.web.traffic.OperatorActionLog;
import org.smartcity.platform.Platform;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.store.Database;

/** Traffic operators' changes land in the same hash-chained audit log as the court's acts. */
class OperatorAuditTest {

    @Test
    void operatorActionsAreChainedAuditEntries(@TempDir Path data) {
        try (Platform platform = Platform.open(Database.h2Url(data), 4)) {
            OperatorActionLog log = CourtServeOptions.auditedOperatorLog(platform);
            log.record("op1", "switch-controller", "intersection_1_1 -> max-pressure");
            log.record("op1", "speed", "x20 \"fast\" <b>");

            List<AuditEntry> recent = platform.audit().recent(10);
            assertThat(recent).extracting(AuditEntry::action).contains("traffic.switch-controller", "traffic.speed");
            assertThat(recent).extracting(AuditEntry::actor).containsOnly("op1");
            assertThat(recent)
                    .filteredOn(e -> e.action().equals("traffic.speed"))
                    .singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("x20 \\\"fast\\\" <b>"));
            assertThat(platform.audit().verify().intact()).isTrue();
            assertThat(platform.audit().verify().entries()).isEqualTo(2);
        }
    }
}
