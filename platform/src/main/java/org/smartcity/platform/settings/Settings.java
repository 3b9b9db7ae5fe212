package org.smartcity.platform.settings;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.smartcity.platform.audit.AuditLog;
import org.smartcity.platform.audit.Detail;
import org.smartcity.platform.store.Database;

/** Named settings (e.g. whether the review assistant's suggestions are shown); every change is audited. */
public final class Settings {
    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    public Settings(Database db, AuditLog audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<String> get(String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM settings WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public void set(String actor, String name, String value) {
        long now = clock.millis();
        db.write(c -> {
            int updated;
            try (PreparedStatement ps = c.prepareStatement("UPDATE settings SET setting_value = ? WHERE name = ?")) {
                ps.setString(1, value);
                ps.setString(2, name);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps =
                        c.prepareStatement("INSERT INTO settings (name, setting_value) VALUES (?, ?)")) {
                    ps.setString(1, name);
                    ps.setString(2, value);
                    ps.executeUpdate();
                }
            }
            audit.append(
                    c,
                    now,
                    actor,
                    "setting.change",
                    null,
                    Detail.of().put("name", name).put("value", value).json());
            return null;
        });
    }
}
