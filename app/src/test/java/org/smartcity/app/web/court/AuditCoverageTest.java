package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcity.app.CliRun;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

/**
 * {@code audit verify} ties every security-relevant stored state to the hash chain (issue 17, item 4): one row edited
 * in the database — a case's stage or returns, a decision, a review, a transfer, an account's roles, password or
 * switch, a setting, a session, an evidence opening — and verify exits 1 naming it.
 */
class AuditCoverageTest {
    @TempDir
    Path dir;

    /** A case that went police → prosecutor (decision, return) → police → prosecutor, plus accounts and a setting. */
    private Path workedDatabase() {
        Path data = dir.resolve("data");
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            for (String[] u : new String[][] {
                {"police", "POLICE"}, {"prosecutor", "PROSECUTOR"}, {"admin", "ADMIN"}, {"gone", "JUDGE"}
            }) {
                p.accounts().create("setup", u[0], (u[0] + "-password").toCharArray(), Set.of(u[1]));
            }
            p.accounts().setDisabled("admin", "gone", true);
            p.sessions().start(p.accounts().find("police").orElseThrow());
            CaseService cases = new CaseService(p);
            WebUser police = new WebUser("police", Set.of(Role.POLICE));
            WebUser prosecutor = new WebUser("prosecutor", Set.of(Role.PROSECUTOR));
            long id = cases.importCase(police, "test", DemoData.sampleCase("theft-flawed.json"))
                    .id();
            openAllAndTransfer(cases, police, id);
            long review = p.cases().latestReview(id).orElseThrow().id();
            String finding = cases.reviewResult(p.cases().latestReview(id).orElseThrow())
                    .path("findings")
                    .get(0)
                    .path("identity")
                    .asText();
            cases.decide(prosecutor, id, review, finding, "dismiss", "the receipt is in the file");
            cases.returnCase(prosecutor, id, "the witness must be heard again");
            openAllAndTransfer(cases, police, id);
            p.settings().set("admin", CaseService.SUGGESTIONS_SETTING, "off");
        }
        return data;
    }

    private static void openAllAndTransfer(CaseService cases, WebUser user, long id) {
        for (JsonNode item : cases.view(user, id).document().path("evidence")) {
            cases.openEvidence(user, id, item.path("id").asText());
        }
        cases.transfer(user, id, false, "");
    }

    @Test
    void anUntouchedDatabaseVerifies() {
        Path data = workedDatabase();
        CliRun r = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "case stage|UPDATE cases SET stage = 'trial'|stage",
                "returns|UPDATE cases SET returns_count = 0|returns",
                "decision|UPDATE finding_decisions SET decision = 'accept'|decision",
                "decision reason|UPDATE finding_decisions SET reason = 'none'|decision",
                "review result|UPDATE reviews SET result = '{\"findings\":[]}'|review",
                "transfer|UPDATE transfers SET to_stage = 'trial' WHERE kind = 'return'|transfer",
                "roles|UPDATE accounts SET roles = 'ADMIN,POLICE' WHERE name = 'police'|roles",
                "password|UPDATE accounts SET password_hash = (SELECT password_hash FROM accounts WHERE name = 'admin')"
                        + " WHERE name = 'police'|password",
                "switched off|UPDATE accounts SET disabled = FALSE WHERE name = 'gone'|switched off",
                "setting|UPDATE settings SET setting_value = 'on'|setting",
                "session|INSERT INTO sessions (token_sha256, account, csrf_token, created_ms, expires_ms)"
                        + " VALUES ('ab', 'admin', 'c', 1, 9000000000000)|session",
                "evidence opening|DELETE FROM evidence_opened WHERE id = 1|evidence"
            })
    void oneEditedRowIsCaught(String what, String statement, String named) throws Exception {
        Path data = workedDatabase();
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            int changed = p.database().write(c -> {
                try (PreparedStatement ps = c.prepareStatement(statement)) {
                    return ps.executeUpdate();
                }
            });
            assertThat(changed).as(statement).isPositive();
        }
        CliRun r = CliRun.of("audit", "verify", "--data", data.toString());
        assertThat(r.code()).as(what + ": " + r.out()).isEqualTo(1);
        assertThat(r.err()).contains(named);
        assertThat(Files.exists(data)).isTrue();
    }
}
