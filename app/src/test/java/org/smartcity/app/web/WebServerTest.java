package org.smartcity.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.config.JavalinConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebServerTest {

    /** A feature with one endpoint for traffic operators. */
    private static final class Probe implements WebFeature {
        boolean closed;

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public void register(JavalinConfig config, WebAccess access) {
            config.routes.get(
                    "/api/probe",
                    ctx -> ctx.result("hello "
                            + access.require(ctx, Role.TRAFFIC_OPERATOR).name()));
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Test sign-in: the {@code X-Test-User} header names a user whose roles are in {@code X-Test-Roles}. */
    private static Optional<WebUser> headerUser(io.javalin.http.Context ctx) {
        String name = ctx.header("X-Test-User");
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new WebUser(name, Set.of(Role.valueOf(ctx.header("X-Test-Roles")))));
    }

    private static HttpResponse<String> get(int port, String user, String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/probe"));
        if (user != null) {
            request.header("X-Test-User", user).header("X-Test-Roles", role);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void featureRoutesAreServedAndRoleChecked() throws Exception {
        Probe probe = new Probe();
        try (WebServer server = WebServer.start("127.0.0.1", 0, WebServerTest::headerUser, List.of(probe))) {
            assertThat(get(server.port(), null, null).statusCode()).isEqualTo(401);
            assertThat(get(server.port(), "li", "JUDGE").statusCode()).isEqualTo(403);
            HttpResponse<String> ok = get(server.port(), "wang", "TRAFFIC_OPERATOR");
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).isEqualTo("hello wang");
        }
        assertThat(probe.closed).isTrue();
    }
}
