package org.smartcity.platform.account;

import java.util.Objects;

/**
 * A signed-in session: the secret cookie {@code token} (only its SHA-256 is stored), the {@code csrfToken} that every
 * state-changing request must echo, the account, and when it expires (epoch ms). Immutable.
 */
public record Session(String token, String csrfToken, Account account, long expires_ms) {
    public Session {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(account, "account");
    }
}
