package org.smartcity.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.CliRun;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

class AdminCommandsTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void createUserThenVerifyTheAuditLogThenDetectTampering() throws Exception {
        Path data = dir.resolve("data");
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, "first-admin-password\n", StandardCharsets.UTF_8);
        CliRun created = run(
                "admin",
                "create-user",
                "--data",
                data.toString(),
                "--name",
                "chief",
                "--role",
                "ADMIN,JUDGE",
                "--password-file",
                secret.toString());
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("chief").doesNotContain("first-admin-password");

        CliRun duplicate = run(
                "admin",
                "create-user",
                "--data",
                data.toString(),
                "--name",
                "chief",
                "--role",
                "JUDGE",
                "--password-file",
                secret.toString());
        assertThat(duplicate.code()).isEqualTo(1);
        assertThat(duplicate.err()).contains("already exists");
        CliRun badRole = run(
                "admin",
                "create-user",
                "--data",
                data.toString(),
                "--name",
                "x",
                "--role",
                "KING",
                "--password-file",
                secret.toString());
        assertThat(badRole.code()).isEqualTo(1);
        assertThat(badRole.err()).contains("unknown role 'KING'");

        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            assertThat(p.accounts().authenticate("chief", "first-admin-password".toCharArray()))
                    .isPresent();
            p.cases().create("chief", "A-1", "t", "investigation", "{}", "import");
            p.cases().create("chief", "A-2", "t", "investigation", "{}", "import");
        }
        CliRun intact = run("audit", "verify", "--data", data.toString());
        assertThat(intact.code()).as(intact.err()).isZero();
        assertThat(intact.out()).contains("intact: 3 entries");

        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            p.database().write(c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE audit_log SET detail = '{\"note\":\"nothing\"}' WHERE seq = 2")) {
                    return ps.executeUpdate();
                }
            });
        }
        CliRun broken = run("audit", "verify", "--data", data.toString());
        assertThat(broken.code()).isEqualTo(1);
        assertThat(broken.err()).contains("entry 2").contains("altered");
    }

    @Test
    void aChangedCaseDocumentIsCaughtAgainstItsAuditEntry() {
        Path data = dir.resolve("data");
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            p.cases().create("wang", "B-1", "t", "investigation", "{\"amount\":900}", "import");
            p.database().write(c -> {
                try (PreparedStatement ps =
                        c.prepareStatement("UPDATE case_versions SET document = '{\"amount\":9000}'")) {
                    return ps.executeUpdate();
                }
            });
        }
        CliRun r = run("audit", "verify", "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("B-1 version 1");
    }

    @Test
    void aNotedHeadRevealsACutOffTailAndARebuiltChain() throws Exception {
        Path data = dir.resolve("anchored");
        Path anchor = dir.resolve("audit-anchor.txt");
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            p.cases().create("wang", "C-1", "t", "investigation", "{}", "import");
            p.cases().create("wang", "C-2", "t", "investigation", "{}", "import");
        }
        CliRun first = run("audit", "verify", "--data", data.toString(), "--anchor", anchor.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(Files.readString(anchor)).startsWith("2:");
        String noted = Files.readString(anchor).split("\\s+")[0];
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            p.cases().create("wang", "C-3", "t", "investigation", "{}", "import");
        }
        CliRun grown = run("audit", "verify", "--data", data.toString(), "--anchor", anchor.toString());
        assertThat(grown.code()).as(grown.err()).isZero();
        assertThat(grown.out()).contains("noted heads still in the chain: 1");

        // an insider deletes the newest case and its entry: the chain itself stays consistent
        try (Platform p = Platform.open(Database.h2Url(data), 4)) {
            p.database().write(c -> {
                for (String sql : new String[] {
                    "DELETE FROM case_versions WHERE case_id IN (SELECT id FROM cases WHERE case_ref = 'C-3')",
                    "DELETE FROM cases WHERE case_ref = 'C-3'",
                    "DELETE FROM audit_log WHERE seq = 3"
                }) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.executeUpdate();
                    }
                }
                return null;
            });
        }
        CliRun plain = run("audit", "verify", "--data", data.toString());
        assertThat(plain.code()).as("the chain alone cannot see a cut tail").isZero();
        CliRun cut = run("audit", "verify", "--data", data.toString(), "--anchor", anchor.toString());
        assertThat(cut.code()).isEqualTo(1);
        assertThat(cut.err()).contains("only 2 entries").contains("cut off");
        CliRun earlier = run("audit", "verify", "--data", data.toString(), "--noted", noted);
        assertThat(earlier.code()).as(earlier.err()).isZero();
        CliRun wrong = run("audit", "verify", "--data", data.toString(), "--noted", "2:" + "ab".repeat(32));
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("entry 2 now has hash").contains("rewritten");
        CliRun bad = run("audit", "verify", "--data", data.toString(), "--noted", "two:xyz");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("--noted: expected ENTRIES:HASH");
    }
}
