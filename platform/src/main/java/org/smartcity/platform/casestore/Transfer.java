package org.smartcity.platform.casestore;

/** A stage change: {@code kind} is {@code transfer} (forward) or {@code return} (back, with reasons). */
public record Transfer(
        long id, long caseId, String fromStage, String toStage, String kind, String reason, long at_ms, String actor) {}
