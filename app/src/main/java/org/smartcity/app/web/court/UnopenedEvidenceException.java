package org.smartcity.app.web.court;

import java.util.List;

/** A transfer asked for while evidence items were not opened by anyone at this stage; the caller must confirm. */
final class UnopenedEvidenceException extends RuntimeException {
    private final List<String> unopened;

    UnopenedEvidenceException(List<String> unopened) {
        super("evidence not opened at this stage: " + String.join(", ", unopened) + "; confirm to transfer anyway");
        this.unopened = List.copyOf(unopened);
    }

    List<String> unopened() {
        return unopened;
    }
}
