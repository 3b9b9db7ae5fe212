package org.smartcity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.account.Account;
import org.smartcity.platform.account.Session;
import org.smartcity.platform.audit.AuditVerification;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;

class PlatformTest {
    @TempDir
    Path dir;

    Platform platform;

    @BeforeEach
    void open() {
        platform = Platform.open(Database.h2Url(dir), 4);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void passwordsAreHashedAndChecked() {
        platform.accounts().create("setup", "wang", "correct horse".toCharArray(), Set.of("POLICE"));
        assertThat(platform.accounts().authenticate("wang", "correct horse".toCharArray()))
                .map(Account::roles)
                .contains(Set.of("POLICE"));
        assertThat(platform.accounts().authenticate("wang", "wrong horse!".toCharArray()))
                .isEmpty();
        assertThat(platform.accounts().authenticate("nobody", "correct horse".toCharArray()))
                .isEmpty();
        String stored = platform.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM accounts");
                    var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(stored).startsWith("$2").doesNotContain("correct horse");
        assertThatThrownBy(
                        () -> platform.accounts().create("setup", "wang", "another one".toCharArray(), Set.of("JUDGE")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> platform.accounts().create("setup", "li", "short".toCharArray(), Set.of("JUDGE")))
                .hasMessageContaining("at least 8");
    }

    @Test
    void sessionsEndAndFollowDisabledAccounts() {
        Account a = platform.accounts().create("setup", "li", "password-1".toCharArray(), Set.of("JUDGE"));
        Session s = platform.sessions().start(a);
        assertThat(platform.sessions().find(s.token()))
                .map(x -> x.account().name())
                .contains("li");
        assertThat(platform.sessions().find(s.token() + "x")).isEmpty();
        platform.accounts().setDisabled("admin", "li", true);
        assertThat(platform.sessions().find(s.token())).isEmpty();
        platform.accounts().setDisabled("admin", "li", false);
        platform.sessions().end(s.token());
        assertThat(platform.sessions().find(s.token())).isEmpty();
    }

    @Test
    void everyCaseWriteIsAuditedAndNothingIsOverwritten() {
        StoredCase c = platform.cases().create("wang", "A-1", "t", "investigation", "{\"v\":1}", "import");
        platform.cases().addVersion("wang", c.id(), 1, "investigation", "t2", "{\"v\":2}", "evidence E1 replaced");
        assertThatThrownBy(() -> platform.cases().addVersion("wang", c.id(), 1, "investigation", "t3", "{}", "stale"))
                .isInstanceOf(ConflictException.class);
        var review =
                platform.cases().saveReview("wang", c.id(), 2, "investigation", "review 1", "{\"findings\":[]}", "{}");
        platform.cases().decide("wang", c.id(), "investigation", review.id(), "missing-evidence||x", "dismiss", "有据");
        platform.cases().move("wang", c.id(), 2, "investigation", "prosecution", "transfer", "", "{}");
        assertThatThrownBy(() ->
                        platform.cases().move("wang", c.id(), 2, "investigation", "prosecution", "transfer", "", "{}"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> platform.cases().addVersion("wang", c.id(), 2, "investigation", "t3", "{}", "late"))
                .as("the stage is checked in the write")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("stage prosecution");
        assertThatThrownBy(() -> platform.cases()
                        .decide("wang", c.id(), "investigation", review.id(), "missing-evidence||x", "accept", ""))
                .isInstanceOf(ConflictException.class);
        assertThat(platform.cases().markOpened("zhao", c.id(), 2, "E1", "prosecution"))
                .isTrue();
        assertThat(platform.cases().markOpened("zhao", c.id(), 2, "E1", "prosecution"))
                .isFalse();

        assertThat(platform.cases().versions(c.id()))
                .extracting(v -> v.document())
                .containsExactly("{\"v\":1}", "{\"v\":2}");
        assertThat(platform.cases().openedEvidence(c.id(), 2, "prosecution")).containsExactly("E1");
        assertThat(platform.audit().forCase("A-1"))
                .extracting(e -> e.action())
                .containsExactly(
                        "case.import",
                        "case.version",
                        "review.run",
                        "finding.dismiss",
                        "case.transfer",
                        "evidence.open");
        assertThat(platform.audit().verify().intact()).isTrue();
        assertThat(platform.stateProblems()).isEmpty();
    }

    @Test
    void tamperingWithTheAuditLogIsNamed() {
        for (int i = 0; i < 5; i++) {
            platform.cases().create("wang", "C-" + i, "t", "investigation", "{}", "import");
        }
        assertThat(platform.audit().verify()).satisfies(v -> {
            assertThat(v.intact()).isTrue();
            assertThat(v.entries()).isEqualTo(5);
        });
        sql("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3");
        AuditVerification altered = platform.audit().verify();
        assertThat(altered.problem()).hasValueSatisfying(p -> {
            assertThat(p.seq()).isEqualTo(3);
            assertThat(p.reason()).contains("altered");
        });
    }

    @Test
    void removedAndReorderedEntriesAreNamed() {
        for (int i = 0; i < 5; i++) {
            platform.cases().create("wang", "C-" + i, "t", "investigation", "{}", "import");
        }
        sql("DELETE FROM audit_log WHERE seq = 2");
        assertThat(platform.audit().verify().problem()).hasValueSatisfying(p -> {
            assertThat(p.seq()).isEqualTo(2);
            assertThat(p.reason()).contains("missing");
        });
        // renumber to hide the gap: the chain of previous hashes still breaks at the same place
        sql("UPDATE audit_log SET seq = seq - 1 WHERE seq > 2");
        assertThat(platform.audit().verify().problem())
                .hasValueSatisfying(p -> assertThat(p.seq()).isEqualTo(2));
        assertThat(platform.stateProblems()).isNotEmpty();
    }

    private void sql(String statement) {
        platform.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }
}
