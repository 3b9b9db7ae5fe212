package org.smartcity.platform.audit;

import java.util.List;
import java.util.Optional;

/**
 * Which audit entries to look at; every part is optional and the parts combine with AND.
 *
 * @param caseRef the case's reference, exactly
 * @param actor the user name, exactly
 * @param action an action exactly ({@code finding.dismiss}) or a family ending in a dot ({@code finding.} selects
 *     {@code finding.accept}, {@code finding.dismiss}, …)
 * @param from_ms entries at or after this instant (epoch ms)
 * @param until_ms entries before this instant (epoch ms)
 */
public record AuditFilter(
        Optional<String> caseRef,
        Optional<String> actor,
        Optional<String> action,
        Optional<Long> from_ms,
        Optional<Long> until_ms) {

    /** Every entry. */
    public static final AuditFilter ALL =
            new AuditFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** The SQL {@code WHERE} clause (empty when nothing is filtered); its parameters are added to {@code args}. */
    String where(List<Object> args) {
        StringBuilder sql = new StringBuilder();
        caseRef.ifPresent(v -> and(sql, args, "case_ref = ?", v));
        actor.ifPresent(v -> and(sql, args, "actor = ?", v));
        action.ifPresent(v -> {
            if (v.endsWith(".")) {
                // a family: the prefix compared as a prefix, so LIKE's wildcards in the value mean nothing
                and(sql, args, "SUBSTRING(action, 1, " + v.length() + ") = ?", v);
            } else {
                and(sql, args, "action = ?", v);
            }
        });
        from_ms.ifPresent(v -> and(sql, args, "at_ms >= ?", v));
        until_ms.ifPresent(v -> and(sql, args, "at_ms < ?", v));
        return sql.toString();
    }

    private static void and(StringBuilder sql, List<Object> args, String condition, Object value) {
        sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
        args.add(value);
    }
}
