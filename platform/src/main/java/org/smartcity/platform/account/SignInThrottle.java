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
 * Slows down password guessing against the sign-in forms. Every attempt is counted as a failure <em>before</em> its
 * password is looked at ({@link #begin}) and taken back only when it turns out right ({@link Attempt#succeeded}), so
 * concurrent guesses cannot slip past a limit while earlier ones are still being checked: at most the numbers below
 * are ever checked, however many arrive at once. Three limits:
 *
 * <ul>
 *   <li>per user name and client address: after {@link #FREE_FAILURES_PER_NAME_AND_ADDRESS} failures in a row the
 *       pair is locked for {@link #FIRST_LOCK}; each further failure after a lock doubles it, up to
 *       {@link #LONGEST_LOCK};
 *   <li>per user name over all addresses: the same after {@link #FREE_FAILURES_PER_NAME} failures in a row, so
 *       guessing one name from many addresses stays bounded;
 *   <li>per client address: after {@link #FAILURES_PER_ADDRESS} failures within {@link #ADDRESS_WINDOW} the address
 *       is <em>paced</em>, not locked: one attempt per {@link #ADDRESS_PACE}. Guessing from one address (one password
 *       against many names) is slowed down to that pace, while the people behind one NAT or proxy still sign in
 *       after a wait of at most {@link #ADDRESS_PACE} — failures of others never lock out a right password.
 * </ul>
 *
 * <p>A lock holds whatever the password, so a guesser learns nothing while it lasts; a right password clears the
 * name's and the pair's counts. Each lock that starts is an {@code account.signin.locked} entry of the audit log
 * (name, address, seconds, scope); failures below the limits are not logged one by one, so a guesser cannot flood the
 * log. State is in memory: a restart forgets it (bcrypt's cost still bounds the rate). Memory is bounded: entries
 * whose lock and window have passed are dropped once more than {@link #TRACKED_KEYS} keys are tracked. Thread-safe.
 */
public final class SignInThrottle {
    /** Failed sign-ins in a row one name may have from one address before the pair's first lock. */
    public static final int FREE_FAILURES_PER_NAME_AND_ADDRESS = 5;
    /** Failed sign-ins in a row one name may have from all addresses together before the name's first lock. */
    public static final int FREE_FAILURES_PER_NAME = 20;
    /** The first lock of a name or a name and address. */
    public static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    /** The longest lock of a name or a name and address. */
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    /** Failures from one client address within {@link #ADDRESS_WINDOW} before the address is paced. */
    public static final int FAILURES_PER_ADDRESS = 30;
    /** The sliding window of the per-address limit. */
    public static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    /** While an address is paced, one attempt from it per this interval. */
    public static final Duration ADDRESS_PACE = Duration.ofSeconds(5);

    static final int TRACKED_KEYS = 10_000;

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, LockState> locks = new HashMap<>();
    private final Map<String, AddressState> addresses = new HashMap<>();

    private static final class LockState {
        int failuresInRow;
        long lockedUntil_ms;
        long lastLock_ms;
    }

    private static final class AddressState {
        long windowStart_ms;
        int failures;
        long nextAttempt_ms;
    }

    public SignInThrottle(Database db, AuditLog audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * One sign-in attempt: refused (check {@link #refusal()} first; then the password must not be looked at), or
     * admitted and already counted as a failure until {@link #succeeded()} says otherwise.
     */
    public final class Attempt {
        private final String name;
        private final String address;
        private final Optional<Duration> refusal;
        private final long pairLock_ms;
        private final long nameLock_ms;
        private boolean finished;

        private Attempt(String name, String address, Optional<Duration> refusal, long pairLock_ms, long nameLock_ms) {
            this.name = name;
            this.address = address;
            this.refusal = refusal;
            this.pairLock_ms = pairLock_ms;
            this.nameLock_ms = nameLock_ms;
            this.finished = refusal.isPresent();
        }

        /** How long the caller must wait before trying again; empty when the password may be checked now. */
        public Optional<Duration> refusal() {
            return refusal;
        }

        /** The password was right: the name's and the pair's counts start again, the address's failure is undone. */
        public void succeeded() {
            synchronized (SignInThrottle.this) {
                if (finished) {
                    return;
                }
                finished = true;
                locks.remove(nameKey(name));
                locks.remove(pairKey(name, address));
                AddressState a = addresses.get(address);
                if (a != null && a.failures > 0) {
                    a.failures--;
                }
            }
        }

        /** The password was wrong (the attempt is already counted); a lock this attempt started is audited. */
        public void failed() {
            synchronized (SignInThrottle.this) {
                if (finished) {
                    return;
                }
                finished = true;
            }
            if (pairLock_ms > 0) {
                auditLock(name, address, pairLock_ms, "name-and-address");
            }
            if (nameLock_ms > 0) {
                auditLock(name, address, nameLock_ms, "name");
            }
        }
    }

    /**
     * Starts a sign-in attempt of {@code name} from {@code address}: refused while a lock or the address's pace
     * holds, otherwise counted as a failure at once (so concurrent attempts see it) and admitted. Call this before
     * the password is looked at, and {@link Attempt#succeeded()} or {@link Attempt#failed()} after.
     *
     * @param name the user name as typed (not null)
     * @param address the client's address (not null)
     */
    public synchronized Attempt begin(String name, String address) {
        long now = clock.millis();
        forgetOld(now);
        long wait_ms = 0;
        LockState pair = locks.get(pairKey(name, address));
        LockState whole = locks.get(nameKey(name));
        if (pair != null && pair.lockedUntil_ms > now) {
            wait_ms = pair.lockedUntil_ms - now;
        }
        if (whole != null && whole.lockedUntil_ms > now) {
            wait_ms = Math.max(wait_ms, whole.lockedUntil_ms - now);
        }
        AddressState a = addresses.computeIfAbsent(address, k -> new AddressState());
        if (now - a.windowStart_ms >= ADDRESS_WINDOW.toMillis()) {
            a.windowStart_ms = now;
            a.failures = 0;
            a.nextAttempt_ms = 0;
        }
        boolean paced = a.failures >= FAILURES_PER_ADDRESS;
        if (paced && a.nextAttempt_ms > now) {
            wait_ms = Math.max(wait_ms, a.nextAttempt_ms - now);
        }
        if (wait_ms > 0) {
            return new Attempt(name, address, Optional.of(Duration.ofMillis(wait_ms)), 0, 0);
        }
        if (paced) {
            a.nextAttempt_ms = now + ADDRESS_PACE.toMillis();
        }
        a.failures++;
        long pairLock_ms = countFailure(locks.computeIfAbsent(pairKey(name, address), k -> new LockState()), now, true);
        long nameLock_ms = countFailure(locks.computeIfAbsent(nameKey(name), k -> new LockState()), now, false);
        return new Attempt(name, address, Optional.empty(), pairLock_ms, nameLock_ms);
    }

    /** Counts one failure of a key; returns the lock it starts (0 for none). */
    private static long countFailure(LockState s, long now, boolean pair) {
        s.failuresInRow++;
        int free = pair ? FREE_FAILURES_PER_NAME_AND_ADDRESS : FREE_FAILURES_PER_NAME;
        if (s.failuresInRow < free) {
            return 0;
        }
        long lock_ms =
                s.lastLock_ms == 0 ? FIRST_LOCK.toMillis() : Math.min(2 * s.lastLock_ms, LONGEST_LOCK.toMillis());
        s.lastLock_ms = lock_ms;
        s.lockedUntil_ms = now + lock_ms;
        return lock_ms;
    }

    private void auditLock(String name, String address, long lock_ms, String scope) {
        long at = clock.millis();
        long seconds = lock_ms / 1000;
        db.write(c -> audit.append(
                c,
                at,
                name,
                "account.signin.locked",
                null,
                Detail.of()
                        .put("address", address)
                        .put("seconds", seconds)
                        .put("scope", scope)
                        .json()));
    }

    private static String nameKey(String name) {
        return "n\u0000" + name;
    }

    private static String pairKey(String name, String address) {
        return "p\u0000" + name + "\u0000" + address;
    }

    private void forgetOld(long now) {
        if (locks.size() + addresses.size() <= TRACKED_KEYS) {
            return;
        }
        for (Iterator<LockState> it = locks.values().iterator(); it.hasNext(); ) {
            LockState n = it.next();
            if (n.lockedUntil_ms <= now && (n.lastLock_ms == 0 || now - n.lockedUntil_ms > LONGEST_LOCK.toMillis())) {
                it.remove();
            }
        }
        addresses.values().removeIf(a -> now - a.windowStart_ms >= ADDRESS_WINDOW.toMillis());
    }
}
