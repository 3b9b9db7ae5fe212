package org.smartcity.app.web.court;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.app.web.Role;
import org.smartcity.app.web.WebUser;
import org.smartcity.platform.Platform;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;

/**
 * A change that passed the workflow's checks must not be stored when the case moved on (stage) or changed (version)
 * between the check and the write: the checks are repeated inside the write's transaction. Each race is made
 * deterministic by holding the database's write lock while the change waits for it and the other change is made.
 */
class StageRaceTest {
    @TempDir
    Path dir;

    Platform platform;
    CaseService cases;
    final WebUser police = new WebUser("police", Set.of(Role.POLICE));
    final WebUser prosecutor = new WebUser("prosecutor", Set.of(Role.PROSECUTOR));

    @BeforeEach
    void open() {
        platform = Platform.open(Database.h2Url(dir), 4);
        cases = new CaseService(platform);
    }

    @AfterEach
    void close() {
        platform.close();
    }

    long importCase(String caseId) {
        return cases.importCase(
                        police, "test", CaseFiles.theft(caseId).toString().getBytes(StandardCharsets.UTF_8))
                .id();
    }

    /**
     * Runs {@code change} on another thread until it waits for the write lock, makes {@code meanwhile} while holding
     * that lock, then lets {@code change} go on; returns what {@code change} threw (null when it went through).
     */
    Throwable race(Runnable change, Runnable meanwhile) throws Exception {
        Thread[] worker = new Thread[1];
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        platform.database().write(c -> {
            worker[0] = new Thread(() -> outcome.complete(catchThrowable(change::run)), "racing-change");
            worker[0].start();
            while (!waitsForTheWriteLock(worker[0]) && !outcome.isDone()) {
                Thread.onSpinWait();
            }
            meanwhile.run(); // the lock is re-entrant: this commits before the waiting change runs
            return null;
        });
        return outcome.get(30, TimeUnit.SECONDS);
    }

    static boolean waitsForTheWriteLock(Thread t) {
        return t.getState() == Thread.State.WAITING
                && Arrays.stream(t.getStackTrace())
                        .anyMatch(e -> e.getClassName().equals(Database.class.getName())
                                && e.getMethodName().equals("write"));
    }

    void openAll(WebUser user, long id) {
        for (JsonNode item : cases.view(user, id).document().path("evidence")) {
            cases.openEvidence(user, id, item.path("id").asText());
        }
    }

    @Test
    void evidenceStoredAfterTheTransferIsRefused() throws Exception {
        long id = importCase("race-evidence");
        openAll(police, id);
        ObjectNode item = CaseFiles.JSON.createObjectNode().put("id", "E99").put("category", "documentary");
        Throwable thrown = race(
                () -> cases.putEvidence(police, id, 1, item),
                () -> cases.transfer(police, id, false, "to the prosecutor"));
        assertThat(thrown).isInstanceOf(ConflictException.class).hasMessageContaining("stage");
        StoredCase now = platform.cases().find(id).orElseThrow();
        assertThat(now.stage()).isEqualTo("prosecution");
        assertThat(now.currentVersion()).isEqualTo(1);
    }

    @Test
    void aDecisionAfterTheCaseMovedOnIsRefused() throws Exception {
        long id = importCase("race-decision");
        openAll(police, id);
        cases.transfer(police, id, false, "");
        CaseView view = cases.view(prosecutor, id);
        long review = view.review().orElseThrow().id();
        String finding = view.reviewResult()
                .orElseThrow()
                .path("findings")
                .get(0)
                .path("identity")
                .asText();
        Supplier<Integer> decisions = () -> platform.cases().decisions(id).size();
        Throwable thrown = race(
                () -> cases.decide(prosecutor, id, review, finding, "accept", ""),
                () -> cases.returnCase(prosecutor, id, "the witness statement is missing"));
        assertThat(thrown).isInstanceOf(ConflictException.class).hasMessageContaining("stage");
        assertThat(decisions.get()).isZero();
    }

    @Test
    void aTransferCheckedOnAnOlderVersionIsRefused() throws Exception {
        long id = importCase("race-transfer");
        openAll(police, id);
        ObjectNode item = CaseFiles.JSON.createObjectNode().put("id", "E99").put("category", "documentary");
        Throwable thrown =
                race(() -> cases.transfer(police, id, false, ""), () -> cases.putEvidence(police, id, 1, item));
        assertThat(thrown).isInstanceOf(ConflictException.class).hasMessageContaining("version");
        assertThat(platform.cases().find(id).orElseThrow().stage()).isEqualTo("investigation");
    }
}
