package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.WebServer;
import org.smartcity.platform.Platform;
import org.smartcity.platform.account.SignInThrottle;
import org.smartcity.platform.store.Database;

/**
 * The holes of issue 17 ("Security and data integrity", items 1, 2 and 7) probed over HTTP, each on a fresh server
 * (the sign-in throttle's state is per server).
 */
class SecurityProbeHttpTest {
    @TempDir
    Path dir;

    Platform platform;
    WebServer server;

    @BeforeEach
    void start() {
        // bcrypt cost 8: slow enough that concurrent guesses overlap while their passwords are checked
        platform = Platform.open(Database.h2Url(dir), 8);
        CourtWorkspace workspace = new CourtWorkspace(platform);
        for (String[] u : new String[][] {{"police", "POLICE"}, {"admin", "ADMIN"}, {"judge", "JUDGE"}}) {
            platform.accounts().create("test", u[0], (u[0] + "-password").toCharArray(), Set.of(u[1]));
        }
        server = WebServer.start("127.0.0.1", 0, workspace.authenticator(), List.of(workspace));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Browser as(String name) throws Exception {
        Browser b = new Browser(server.port());
        assertThat(b.login(name, name + "-password")).isEqualTo(200);
        return b;
    }

    @Test
    void concurrentGuessesAtOneNameAreCheckedAtMostTheDocumentedNumberOfTimes() throws Exception {
        int guesses = 60;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(guesses);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                // all wrong: a right password admitted among the first ones would (rightly) clear the counts
                String password = "wrong-password-" + i;
                answers.add(pool.submit(() -> {
                    Browser b = new Browser(server.port());
                    go.await();
                    return b.login("judge", password);
                }));
            }
            go.countDown();
            int checked = 0;
            for (Future<Integer> a : answers) {
                int status = a.get();
                assertThat(status).isIn(401, 429);
                if (status != 429) {
                    checked++;
                }
            }
            assertThat(checked)
                    .as("passwords checked out of %d concurrent guesses", guesses)
                    .isLessThanOrEqualTo(SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void othersFailuresFromTheSameAddressDoNotLockOutARightPassword() throws Exception {
        Browser guesser = new Browser(server.port());
        for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
            assertThat(guesser.login("nobody-" + i, "wrong-password")).isEqualTo(401);
        }
        assertThat(new Browser(server.port()).login("police", "police-password"))
                .as("a colleague behind the same address signs in")
                .isEqualTo(200);
        assertThat(guesser.login("nobody-y", "wrong-password"))
                .as("the guesser is still slowed down: one attempt per pace from this address")
                .isEqualTo(429);
    }

    @Test
    void aLongSignInNameIsABadRequest() throws Exception {
        Browser b = new Browser(server.port());
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS + 1; i++) {
            assertThat(b.login("n".repeat(101), "wrong-password")).isEqualTo(400);
        }
        assertThat(b.formLogin("n".repeat(101), "wrong-password")).isEqualTo(400);
    }

    @Test
    void overlongCaseIdsAndTitlesAreBadRequests() throws Exception {
        Browser police = as("police");
        HttpResponse<String> longId =
                police.post("/api/cases", CaseFiles.theft("x".repeat(301)).toString());
        assertThat(longId.statusCode()).as(longId.body()).isEqualTo(400);
        assertThat(longId.body()).contains("caseId").contains("300");
        ObjectNode doc = CaseFiles.theft("long-title");
        doc.put("title", "t".repeat(501));
        HttpResponse<String> longTitle = police.post("/api/cases", doc.toString());
        assertThat(longTitle.statusCode()).as(longTitle.body()).isEqualTo(400);
        assertThat(longTitle.body()).contains("title").contains("500");
        assertThat(platform.cases().list()).isEmpty();
    }

    @Test
    void anInfiniteAmountIsABadRequest() throws Exception {
        Browser police = as("police");
        String doc = CaseFiles.theft("huge-amount").toString().replace("\"amount_cny\":900", "\"amount_cny\":1e999999");
        assertThat(doc).contains("1e999999");
        HttpResponse<String> r = police.post("/api/cases", doc);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("amount_cny");
    }

    @Test
    void aCaseIdWithSurroundingSpaceDoesNotMakeASecondCase() throws Exception {
        Browser police = as("police");
        assertThat(police.post("/api/cases", CaseFiles.theft("A-1").toString()).statusCode())
                .isEqualTo(201);
        HttpResponse<String> r =
                police.post("/api/cases", CaseFiles.theft("A-1 ").toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("caseId");
        assertThat(platform.cases().list()).hasSize(1);
    }

    @Test
    void theOnlyAdministratorCannotSwitchItselfOff() throws Exception {
        Browser admin = as("admin");
        HttpResponse<String> r = admin.post("/api/admin/users/admin/disabled", "{\"disabled\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(platform.accounts().find("admin").orElseThrow().disabled()).isFalse();
        assertThat(admin.post("/api/admin/users/judge/disabled", "{\"disabled\":true}")
                        .statusCode())
                .isEqualTo(200);
    }
}
