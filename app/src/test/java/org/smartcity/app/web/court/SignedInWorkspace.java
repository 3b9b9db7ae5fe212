package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.smartcity.app.web.WebServer;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.Database;

/**
 * A court workspace served over HTTP on a free local port, on an H2 database in a test folder, with one account per
 * {@code name:ROLE} given; each account's password is {@code name + "-password"}. Closing stops the server.
 */
final class SignedInWorkspace implements AutoCloseable {
    final Platform platform;
    final WebServer server;

    private SignedInWorkspace(Platform platform, WebServer server) {
        this.platform = platform;
        this.server = server;
    }

    /** @param accounts each {@code name:ROLE}, e.g. {@code "police:POLICE"} */
    static SignedInWorkspace start(Path dir, String... accounts) {
        Platform platform = Platform.open(Database.h2Url(dir), 4);
        CourtWorkspace workspace = new CourtWorkspace(platform);
        for (String account : accounts) {
            String[] nameRole = account.split(":", 2);
            platform.accounts()
                    .create("test", nameRole[0], (nameRole[0] + "-password").toCharArray(), Set.of(nameRole[1]));
        }
        WebServer server = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace));
        return new SignedInWorkspace(platform, server);
    }

    /** A browser signed in as {@code name} (the sign-in must succeed). */
    Browser as(String name) throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.login(name, name + "-password")).isEqualTo(200);
        return b;
    }

    @Override
    public void close() {
        server.close();
    }
}
