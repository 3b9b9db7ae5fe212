package org.smartcity.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditFilter;
import org.smartcity.platform.casestore.Judgments;
import org.smartcity.platform.casestore.StoredCase;
import org.smartcity.platform.casestore.StoredJudgment;

/** The same migrations and a workflow on a real PostgreSQL server started from a Maven dependency. */
class PostgresPathTest {
    @Test
    void migrationsAndWorkflowRunOnPostgres() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            try (Platform p = Platform.open(url, 4)) {
                p.accounts().create("setup", "wang", "password-1".toCharArray(), Set.of("POLICE"));
                StoredCase c = p.cases().create("wang", "沪公(浦)刑案字[2024]1号", "张某某盗窃案", "investigation", "{}", "import");
                p.cases().addVersion("wang", c.id(), 1, "investigation", "张某某盗窃案", "{\"a\":1}", "E1 added");
                var review = p.cases().saveReview("wang", c.id(), 2, "investigation", "review 1", "{}", "{}");
                p.cases()
                        .decide(
                                "wang",
                                c.id(),
                                "investigation",
                                review.id(),
                                "f",
                                "dismiss",
                                "'; DROP TABLE cases; --");
                p.cases().move("wang", c.id(), 2, "investigation", "prosecution", "transfer", "", "{}");
                assertThat(p.cases().find(c.id())).map(StoredCase::stage).contains("prosecution");
                p.cases().move("li", c.id(), 2, "prosecution", "trial", "transfer", "", "{}");
                p.judgments()
                        .close(
                                "zhao",
                                c.id(),
                                2,
                                "trial",
                                "closed",
                                new Judgments.Closing(review.id(), "{\"sentence\":\"有期徒刑六个月\"}", "[]", "", "", "{}"));
                assertThat(p.judgments().of(c.id()))
                        .map(StoredJudgment::judgment)
                        .contains("{\"sentence\":\"有期徒刑六个月\"}");
                assertThat(p.cases().decisions(c.id()))
                        .extracting(d -> d.reason())
                        .containsExactly("'; DROP TABLE cases; --");
                assertThat(p.audit().verify().intact()).isTrue();
                assertThat(p.audit().verify().entries()).isEqualTo(9);
                assertThat(p.stateProblems()).isEmpty();
                // the audit browser's query (SUBSTRING for an action family, OFFSET … FETCH) on PostgreSQL
                var decisions = p.audit()
                        .search(
                                new AuditFilter(
                                        java.util.Optional.of("沪公(浦)刑案字[2024]1号"),
                                        java.util.Optional.of("wang"),
                                        java.util.Optional.of("finding."),
                                        java.util.Optional.of(0L),
                                        java.util.Optional.of(Long.MAX_VALUE)),
                                0,
                                10);
                assertThat(decisions.total()).isEqualTo(1);
                assertThat(decisions.entries()).extracting(AuditEntry::action).containsExactly("finding.dismiss");
                var secondPage = p.audit().search(AuditFilter.ALL, 5, 5);
                assertThat(secondPage.total()).isEqualTo(9);
                assertThat(secondPage.entries()).extracting(AuditEntry::seq).containsExactly(4L, 3L, 2L, 1L);
            }
        }
    }
}
