package org.smartcity.app.web.traffic;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the dashboard records every change an operator makes to the twin (controller switch, speed,
 * pause, resume, step, network load, comparison run). Implementations must be thread-safe; they are
 * called on HTTP request threads after the change was accepted.
 */
@FunctionalInterface
public interface OperatorActionLog {
    /**
     * @param user login name of the operator
     * @param action short verb, e.g. {@code switch-controller}
     * @param detail what exactly, e.g. {@code intersection_1_1 -> max-pressure}
     */
    void record(String user, String action, String detail);

    /**
     * Records a change with what the operator asked for ({@code fields}: the request's known fields, e.g.
     * {@code junction}, {@code controller}), so that the audit trail can tell it in either language. By default
     * only the detail is recorded.
     */
    default void record(String user, String action, String detail, java.util.Map<String, String> fields) {
        record(user, action, detail);
    }

    /** The default: one INFO line per action on the logger {@code smartcity.traffic.operator}. */
    static OperatorActionLog toSlf4j() {
        Logger log = LoggerFactory.getLogger("smartcity.traffic.operator");
        return (user, action, detail) -> log.info("operator {} {}: {}", user, action, detail);
    }
}
