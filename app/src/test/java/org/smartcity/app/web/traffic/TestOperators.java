package org.smartcity.app.web.traffic;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartcity.app.web.Authenticator;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.traffic.cityflow.InvalidInputException;
import org.smartcity.traffic.generate.GridGenerator;
import org.smartcity.traffic.generate.GridSpec;
import org.smartcity.traffic.scenario.Scenario;

/** Test sign-in and fixtures shared by the dashboard's HTTP and browser tests. */
final class TestOperators {
    private TestOperators() {}

    /**
     * Signs in from the {@code X-Test-User}/{@code X-Test-Roles} headers, or from a cookie {@code
     * test-user=name:ROLE} (what a browser test can set).
     */
    static final Authenticator AUTHENTICATOR = TestOperators::user;

    private static Optional<WebUser> user(Context ctx) {
        String name = ctx.header("X-Test-User");
        String role = ctx.header("X-Test-Roles");
        if (name == null) {
            String cookie = ctx.cookie("test-user");
            if (cookie == null || !cookie.contains(":")) {
                return Optional.empty();
            }
            name = cookie.substring(0, cookie.indexOf(':'));
            role = cookie.substring(cookie.indexOf(':') + 1);
        }
        return Optional.of(new WebUser(name, Set.of(Role.valueOf(role))));
    }

    /** A generated rows×cols grid with a few hundred vehicles, written under {@code dir}. */
    static Scenario grid(Path dir, int size) {
        try {
            GridGenerator.GridFiles files =
                    new GridGenerator().write(new GridSpec(size, size, 300, 400, 0.2, 1800, 2), dir.resolve("grid"));
            return Scenario.loadCityFlow(files.roadnet(), files.flow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** An action log that keeps every entry as {@code user|action|detail}. */
    static final class RecordingLog implements OperatorActionLog {
        final List<String> entries = new ArrayList<>();

        @Override
        public synchronized void record(String user, String action, String detail) {
            entries.add(user + "|" + action + "|" + detail);
        }

        synchronized List<String> entries() {
            return List.copyOf(entries);
        }
    }
}
