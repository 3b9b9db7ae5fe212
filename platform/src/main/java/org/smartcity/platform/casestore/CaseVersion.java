package org.smartcity.platform.casestore;

/** One immutable version of a case document: number, when, by whom, why, and the JSON document itself. */
public record CaseVersion(long caseId, int version, long at_ms, String actor, String note, String document) {}
