package org.smartcity.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.SmartcityCli;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;
import picocli.CommandLine;

class AdminCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        CommandLine cli = SmartcityCli.newCommandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createUserThenVerifyTheAuditLogThenDetectTampering() throws Exception {
        Path data = dir.resolve("data");
        Path secret = dir.resolve("pw.txt");
        Files.writeString(secret, "first-admin-password\n", StandardCharsets.UTF_8);
        Run created = run(
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

        Run duplicate = run(
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
        Run badRole = run(
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
        Run intact = run("audit", "verify", "--data", data.toString());
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
        Run broken = run("audit", "verify", "--data", data.toString());
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
        Run r = run("audit", "verify", "--data", data.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("B-1 version 1");
    }
}
