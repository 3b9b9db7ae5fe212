package org.smartcity.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcity.platform.audit.AuditEntry;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.store.Database;

class SignInThrottleTest {
    @TempDir
    Path dir;

    Database db;
    AuditLog audit;
    SettableClock clock = new SettableClock();
    SignInThrottle throttle;

    /** A clock the test moves by hand. */
    static final class SettableClock extends Clock {
        long now_ms = 1_700_000_000_000L;

        void advance(Duration d) {
            now_ms += d.toMillis();
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now_ms);
        }
    }

    @BeforeEach
    void open() {
        db = Database.open(Database.h2Url(dir));
        audit = new AuditLog(db);
        throttle = new SignInThrottle(db, audit, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aNameIsLockedAfterFiveFailuresAndEachLaterFailureDoublesTheLock() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME - 1; i++) {
            throttle.failed("wang", "10.0.0." + i);
            assertThat(throttle.refusal("wang", "10.0.0.99")).isEmpty();
        }
        throttle.failed("wang", "10.0.0.9");
        assertThat(throttle.refusal("wang", "10.0.0.99")).contains(Duration.ofSeconds(30));
        assertThat(throttle.refusal("li", "10.0.0.99"))
                .as("other names are not locked")
                .isEmpty();

        clock.advance(Duration.ofSeconds(31));
        assertThat(throttle.refusal("wang", "10.0.0.99")).isEmpty();
        throttle.failed("wang", "10.0.0.9");
        assertThat(throttle.refusal("wang", "10.0.0.99")).contains(Duration.ofSeconds(60));

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(16));
            throttle.failed("wang", "10.0.0.9");
        }
        assertThat(throttle.refusal("wang", "10.0.0.99")).contains(SignInThrottle.LONGEST_LOCK);

        assertThat(audit.recent(100))
                .filteredOn(e -> e.action().equals("account.signin.locked"))
                .hasSize(12)
                .first()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("wang");
                    assertThat(e.detail()).contains("10.0.0.9").contains("\"seconds\":900");
                });
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME - 1; i++) {
            throttle.failed("wang", "10.0.0.1");
        }
        throttle.succeeded("wang");
        throttle.failed("wang", "10.0.0.1");
        assertThat(throttle.refusal("wang", "10.0.0.1")).isEmpty();
        assertThat(audit.recent(10)).extracting(AuditEntry::action).doesNotContain("account.signin.locked");
    }

    @Test
    void oneAddressCannotTryManyNames() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "10.0.0.1");
        }
        assertThat(throttle.refusal("someone-else", "10.0.0.1")).contains(SignInThrottle.ADDRESS_WINDOW);
        assertThat(throttle.refusal("someone-else", "10.0.0.2")).isEmpty();
        clock.advance(SignInThrottle.ADDRESS_WINDOW);
        assertThat(throttle.refusal("someone-else", "10.0.0.1")).isEmpty();
    }
}
