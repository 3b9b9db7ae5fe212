package org.smartcity.platform.account;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.Database;

/**
 * Slows down password guessing against the sign-in forms. Two independent limits:
 *
 * <ul>
 *   <li>per user name: after {@link #FREE_FAILURES_PER_NAME} failed sign-ins in a row the name is locked for
 *       {@link #FIRST_LOCK}, each further failure after a lock doubles it, up to {@link #LONGEST_LOCK}; a
 *       successful sign-in clears the count. The lock holds whatever the password, so a guesser learns nothing
 *       while it lasts;
 *   <li>per client address: at most {@link #FAILURES_PER_ADDRESS} failures in {@link #ADDRESS_WINDOW}, so one
 *       client cannot try one password against many names.
 * </ul>
 *
 * <p>Each lock that starts is an {@code account.signin.locked} entry of the audit log (name, address, seconds);
 * failures below the limits are not logged one by one, so a guesser cannot flood the log. State is in memory: a
 * restart forgets it (bcrypt's cost still bounds the rate). Memory is bounded: entries whose lock and window have
 * passed are dropped once more than {@link #TRACKED_KEYS} keys are tracked. Thread-safe.
 */
public final class SignInThrottle {
    /** Failed sign-ins in a row a name is allowed before its first lock. */
    public static final int FREE_FAILURES_PER_NAME = 5;
    /** The first lock of a name. */
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    /** The longest lock of a name. */
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures allowed from one client address within {@link #ADDRESS_WINDOW}. */
    public static final int FAILURES_PER_ADDRESS = 30;
    /** The sliding window of the per-address limit. */
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);

    static final int TRACKED_KEYS = 10_000;

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, NameState> names = new HashMap<>();
    private final Map<String, AddressState> addresses = new HashMap<>();

    private static final class NameState {
        int failuresInRow;
        long lockedUntil_ms;
        long lastLock_ms;
    }

    private static final class AddressState {
        long windowStart_ms;
        int failures;
    }

    public SignInThrottle(Database db, AuditLog audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * How long the caller must wait before this name may try again from this address; empty when it may try now.
     * Check this before the password is looked at.
     *
     * @param name the user name as typed (not null)
     * @param address the client's address (not null)
     */
    public synchronized Optional<Duration> refusal(String name, String address) {
        long now = clock.millis();
        long wait_ms = 0;
        NameState n = names.get(name);
        if (n != null && n.lockedUntil_ms > now) {
            wait_ms = n.lockedUntil_ms - now;
        }
        AddressState a = addresses.get(address);
        if (a != null && now - a.windowStart_ms < ADDRESS_WINDOW.toMillis() && a.failures >= FAILURES_PER_ADDRESS) {
            wait_ms = Math.max(wait_ms, a.windowStart_ms + ADDRESS_WINDOW.toMillis() - now);
        }
        return wait_ms > 0 ? Optional.of(Duration.ofMillis(wait_ms)) : Optional.empty();
    }

    /** Records a failed sign-in; a lock that starts with it is audited. */
    public void failed(String name, String address) {
        long lock_ms;
        synchronized (this) {
            long now = clock.millis();
            forgetOld(now);
            AddressState a = addresses.computeIfAbsent(address, k -> new AddressState());
            if (now - a.windowStart_ms >= ADDRESS_WINDOW.toMillis()) {
                a.windowStart_ms = now;
                a.failures = 0;
            }
            a.failures++;
            NameState n = names.computeIfAbsent(name, k -> new NameState());
            n.failuresInRow++;
            lock_ms = 0;
            if (n.failuresInRow >= FREE_FAILURES_PER_NAME) {
                lock_ms = n.lastLock_ms == 0
                        ? FIRST_LOCK.toMillis()
                        : Math.min(2 * n.lastLock_ms, LONGEST_LOCK.toMillis());
                n.lastLock_ms = lock_ms;
                n.lockedUntil_ms = now + lock_ms;
            }
        }
        if (lock_ms > 0) {
            long at = clock.millis();
            long seconds = lock_ms / 1000;
            db.write(c -> audit.append(
                    c,
                    at,
                    name,
                    "account.signin.locked",
                    null,
                    Detail.of().put("address", address).put("seconds", seconds).json()));
        }
    }

    /** Records a successful sign-in: the name's failure count starts again. */
    public synchronized void succeeded(String name) {
        names.remove(name);
    }

    private void forgetOld(long now) {
        if (names.size() + addresses.size() <= TRACKED_KEYS) {
            return;
        }
        for (Iterator<NameState> it = names.values().iterator(); it.hasNext(); ) {
            NameState n = it.next();
            if (n.lockedUntil_ms <= now && (n.lastLock_ms == 0 || now - n.lockedUntil_ms > LONGEST_LOCK.toMillis())) {
                it.remove();
            }
        }
        addresses.values().removeIf(a -> now - a.windowStart_ms >= ADDRESS_WINDOW.toMillis());
    }
}
