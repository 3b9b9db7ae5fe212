package org.smartcity.platform.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    /** Begins an attempt and lets it fail; returns whether it was admitted. */
    boolean fail(String name, String address) {
        SignInThrottle.Attempt a = throttle.begin(name, address);
        if (a.refusal().isPresent()) {
            return false;
        }
        a.failed();
        return true;
    }

    @Test
    void aNameAndAddressIsLockedAfterFiveFailuresAndEachLaterFailureDoublesTheLock() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS; i++) {
            assertThat(fail("wang", "10.0.0.9")).isTrue();
        }
        assertThat(throttle.begin("wang", "10.0.0.9").refusal()).contains(Duration.ofSeconds(30));
        assertThat(throttle.begin("li", "10.0.0.9").refusal())
                .as("other names are not locked")
                .isEmpty();
        SignInThrottle.Attempt elsewhere = throttle.begin("wang", "10.0.0.99");
        assertThat(elsewhere.refusal())
                .as("the name from another address is not locked")
                .isEmpty();
        elsewhere.succeeded();

        clock.advance(Duration.ofSeconds(31));
        assertThat(fail("wang", "10.0.0.9")).isTrue();
        assertThat(throttle.begin("wang", "10.0.0.9").refusal()).contains(Duration.ofSeconds(60));

        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofMinutes(16));
            fail("wang", "10.0.0.9");
        }
        assertThat(throttle.begin("wang", "10.0.0.9").refusal()).contains(SignInThrottle.LONGEST_LOCK);

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
    void guessingOneNameFromManyAddressesLocksTheName() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME; i++) {
            assertThat(fail("wang", "10.0." + i + ".1")).isTrue();
        }
        assertThat(throttle.begin("wang", "10.9.9.9").refusal()).contains(SignInThrottle.FIRST_LOCK);
    }

    @Test
    void anAttemptCountsBeforeItsPasswordIsChecked() {
        List<SignInThrottle.Attempt> inFlight = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            inFlight.add(throttle.begin("wang", "10.0.0.1"));
        }
        assertThat(inFlight)
                .filteredOn(a -> a.refusal().isEmpty())
                .as("admitted while none has finished")
                .hasSize(SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS);
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < SignInThrottle.FREE_FAILURES_PER_NAME_AND_ADDRESS - 1; i++) {
            fail("wang", "10.0.0.1");
        }
        throttle.begin("wang", "10.0.0.1").succeeded();
        fail("wang", "10.0.0.1");
        assertThat(throttle.begin("wang", "10.0.0.1").refusal()).isEmpty();
        assertThat(audit.recent(10)).extracting(AuditEntry::action).doesNotContain("account.signin.locked");
    }

    @Test
    void oneAddressTryingManyNamesIsPacedNotLockedOut() {
        for (int i = 0; i < SignInThrottle.FAILURES_PER_ADDRESS; i++) {
            assertThat(fail("user" + i, "10.0.0.1")).isTrue();
        }
        SignInThrottle.Attempt colleague = throttle.begin("someone-else", "10.0.0.1");
        assertThat(colleague.refusal()).as("admitted at the pace").isEmpty();
        colleague.succeeded();
        assertThat(throttle.begin("guess", "10.0.0.1").refusal())
                .as("the next attempt waits for the pace")
                .contains(SignInThrottle.ADDRESS_PACE);
        assertThat(throttle.begin("someone-else", "10.0.0.2").refusal()).isEmpty();
        clock.advance(SignInThrottle.ADDRESS_PACE);
        assertThat(fail("guess", "10.0.0.1")).isTrue();
        assertThat(fail("guess2", "10.0.0.1")).isFalse();
        clock.advance(SignInThrottle.ADDRESS_WINDOW);
        assertThat(fail("guess3", "10.0.0.1")).isTrue();
        assertThat(fail("guess4", "10.0.0.1")).as("a new window").isTrue();
    }
}
