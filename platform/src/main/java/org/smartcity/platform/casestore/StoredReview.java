package org.smartcity.platform.casestore;

/** One kept review run: which case version it reviewed, the engine (name and version) and its JSON result. */
public record StoredReview(
        long id, long caseId, int caseVersion, long at_ms, String actor, String engine, String result) {}
