package org.smartcity.platform.casestore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.Platform;
import org.smartcity.platform.store.ConflictException;
import org.smartcity.platform.store.Database;

/** Closing a case records its judgment with the move, audited, and {@code audit verify}'s replay covers it. */
class JudgmentsTest {
    private static final String JUDGMENT =
            "{\"charges\":[{\"charge\":\"theft\",\"verdict\":\"guilty\"}],\"sentence\":\"有期徒刑六个月\"}";

    @TempDir
    Path dir;

    Platform platform;
    StoredCase atTrial;
    StoredReview review;

    @BeforeEach
    void open() {
        platform = Platform.open(Database.h2Url(dir), 4);
        atTrial = platform.cases().create("wang", "A-1", "t", "trial", "{\"v\":1}", "import");
        review = platform.cases().saveReview("zhao", atTrial.id(), 1, "trial", "review 1", "{\"findings\":[]}", "{}");
    }

    @AfterEach
    void close() {
        platform.close();
    }

    private Judgments.Closing closing(long reviewId, String overridden, String reason) {
        return new Judgments.Closing(reviewId, JUDGMENT, overridden, reason, "宣判", "{}");
    }

    @Test
    void theJudgmentIsStoredWithTheMoveAndAudited() {
        platform.judgments()
                .close("zhao", atTrial.id(), 1, "trial", "closed", closing(review.id(), "[\"f1\"]", "已当庭排除"));
        assertThat(platform.cases().find(atTrial.id())).map(StoredCase::stage).contains("closed");
        assertThat(platform.judgments().of(atTrial.id())).hasValueSatisfying(j -> {
            assertThat(j.judgment()).isEqualTo(JUDGMENT);
            assertThat(j.overridden()).isEqualTo("[\"f1\"]");
            assertThat(j.overrideReason()).isEqualTo("已当庭排除");
            assertThat(j.actor()).isEqualTo("zhao");
        });
        assertThat(platform.audit().forCase("A-1"))
                .extracting(e -> e.action())
                .endsWith("case.transfer", "case.judgment");
        assertThat(platform.audit()
                        .forCase("A-1")
                        .get(platform.audit().forCase("A-1").size() - 1)
                        .detail())
                .contains("有期徒刑六个月")
                .contains("已当庭排除");
        assertThat(platform.audit().verify().intact()).isTrue();
        assertThat(platform.stateProblems()).isEmpty();
    }

    @Test
    void aNewerReviewOrAStaleStageRefusesTheClosingAndNothingIsWritten() {
        platform.cases().saveReview("zhao", atTrial.id(), 1, "trial", "review 2", "{\"findings\":[]}", "{}");
        assertThatThrownBy(() -> platform.judgments()
                        .close("zhao", atTrial.id(), 1, "trial", "closed", closing(review.id(), "[]", "")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("newer review");
        assertThat(platform.cases().find(atTrial.id())).map(StoredCase::stage).contains("trial");
        assertThat(platform.judgments().of(atTrial.id())).isEmpty();
        long latest = platform.cases().latestReview(atTrial.id()).orElseThrow().id();
        assertThatThrownBy(() -> platform.judgments()
                        .close("zhao", atTrial.id(), 1, "prosecution", "trial", closing(latest, "[]", "")))
                .isInstanceOf(ConflictException.class);
        assertThat(platform.judgments().of(atTrial.id())).isEmpty();
    }

    @Test
    void anEditedVerdictSentenceOrOverrideIsNamedByTheReplay() {
        platform.judgments().close("zhao", atTrial.id(), 1, "trial", "closed", closing(review.id(), "[]", ""));
        assertThat(platform.stateProblems()).isEmpty();
        sql("UPDATE judgments SET judgment = REPLACE(judgment, 'guilty', 'not_guilty')");
        assertThat(platform.stateProblems()).anySatisfy(p -> assertThat(p).contains("judgment"));
        sql("UPDATE judgments SET judgment = REPLACE(judgment, 'not_guilty', 'guilty')");
        assertThat(platform.stateProblems()).isEmpty();
        sql("UPDATE judgments SET override_reason = 'x'");
        assertThat(platform.stateProblems()).anySatisfy(p -> assertThat(p).contains("judgment"));
        sql("UPDATE judgments SET override_reason = ''");
        sql("DELETE FROM judgments");
        assertThat(platform.stateProblems()).anySatisfy(p -> assertThat(p).contains("judgments"));
    }

    private void sql(String statement) {
        platform.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(statement)) {
                return ps.executeUpdate();
            }
        });
    }
}
