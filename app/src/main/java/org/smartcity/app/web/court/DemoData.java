package org.smartcity.app.web.court;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.platform.Platform;
import org.smartcity.platform.casestore.StoredCase;

/**
 * Fills a fresh store for the demo: one account per role (password {@code <name>-demo-2026}) and the sample cases
 * shipped in {@code court/demo-cases/}, imported and reviewed by the police; some are moved on so that every role's
 * work queue has something in it.
 */
public final class DemoData {
    /** A demo login: name, password, role. */
    public record Login(String name, String password, Role role) {}

    private DemoData() {}

    /** The demo accounts, one per role (the traffic operator included). */
    public static List<Login> logins() {
        List<Login> out = new ArrayList<>();
        out.add(new Login("police", "police-demo-2026", Role.POLICE));
        out.add(new Login("prosecutor", "prosecutor-demo-2026", Role.PROSECUTOR));
        out.add(new Login("judge", "judge-demo-2026", Role.JUDGE));
        out.add(new Login("admin", "admin-demo-2026", Role.ADMIN));
        out.add(new Login("operator", "operator-demo-2026", Role.TRAFFIC_OPERATOR));
        return out;
    }

    /** Creates the accounts and imports the sample cases; returns the cases imported. */
    public static List<StoredCase> load(Platform platform, CaseService cases) {
        for (Login l : logins()) {
            platform.accounts()
                    .create(
                            "demo",
                            l.name(),
                            l.password().toCharArray(),
                            Set.of(l.role().name()));
        }
        WebUser police = new WebUser("police", Set.of(Role.POLICE));
        WebUser prosecutor = new WebUser("prosecutor", Set.of(Role.PROSECUTOR));
        List<StoredCase> imported = new ArrayList<>();
        List<String> files = sampleFiles();
        for (int i = 0; i < files.size(); i++) {
            StoredCase sc = cases.importCase(police, files.get(i), sampleCase(files.get(i)));
            if (i % 4 == 2 || i % 4 == 3) {
                cases.transfer(police, sc.id(), true, "演示：移送审查起诉");
            }
            if (i % 4 == 3) {
                cases.review(prosecutor, sc.id());
                cases.transfer(prosecutor, sc.id(), true, "演示：提起公诉");
            }
            imported.add(platform.cases().find(sc.id()).orElseThrow());
        }
        return imported;
    }

    /** Names of the shipped sample case files, in {@code court/demo-cases/index.txt} order. */
    public static List<String> sampleFiles() {
        String index = new String(resource("index.txt"), StandardCharsets.UTF_8);
        return index.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The bytes of one shipped sample case file. */
    public static byte[] sampleCase(String file) {
        return resource(file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = DemoData.class.getResourceAsStream("/court/demo-cases/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing demo resource court/demo-cases/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read demo resource " + name, e);
        }
    }
}
