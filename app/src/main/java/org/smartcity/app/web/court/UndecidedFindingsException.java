package org.smartcity.app.web.court;

import java.util.List;

/**
 * A case cannot be closed: findings of the newest review that would exclude evidence or a charge are undecided and
 * no reasoned override was given. Answered 409 with the findings' identities.
 */
final class UndecidedFindingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> undecided;

    UndecidedFindingsException(List<String> undecided) {
        super("exclusion-level findings are undecided: decide them first, or give the reason to close over them"
                + " (field 'override'): " + String.join(", ", undecided));
        this.undecided = List.copyOf(undecided);
    }

    List<String> undecided() {
        return undecided;
    }
}
