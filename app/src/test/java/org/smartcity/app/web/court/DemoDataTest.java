package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

class DemoDataTest {
    @TempDir
    Path dir;

    @Test
    void everyCourtRoleHasWorkAndEveryCaseIsReviewed() {
        try (Platform p = Platform.open(Database.h2Url(dir), 4)) {
            CaseService cases = new CaseService(p);
            var imported = DemoData.load(p, cases);
            assertThat(imported).hasSize(DemoData.sampleFiles().size()).hasSizeGreaterThanOrEqualTo(8);
            for (Role role : new Role[] {Role.POLICE, Role.PROSECUTOR, Role.JUDGE}) {
                WebUser user = new WebUser(role.name().toLowerCase(java.util.Locale.ROOT), Set.of(role));
                assertThat(cases.queue(user)).as(role.name()).anySatisfy(c -> {
                    assertThat(c.awaitsMe()).isTrue();
                    assertThat(c.reviewed()).isTrue();
                });
            }
            assertThat(p.accounts().list()).hasSize(DemoData.logins().size());
            assertThat(p.audit().verify().intact()).isTrue();
        }
    }
}
