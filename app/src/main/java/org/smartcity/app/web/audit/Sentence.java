package org.smartcity.app.web.audit;

import static org.smartcity.app.web.page.Html.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence people read, made of words in the page's language and data (names, case references, finding
 * identities, reasons) kept apart, so that the page can escape and mark the data and the JSON can give plain text.
 * Built by {@link AuditSentences}; immutable once built.
 */
public final class Sentence {
    private record Part(String text, boolean data) {}

    private final List<Part> parts = new ArrayList<>();

    Sentence words(String s) {
        parts.add(new Part(s, false));
        return this;
    }

    Sentence data(String s) {
        parts.add(new Part(s, true));
        return this;
    }

    /** The sentence as plain text. */
    public String plain() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }

    /** The sentence as HTML: everything escaped, data marked {@code translate="no"}. */
    public String html() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p.data()) {
                out.append("<bdi translate=\"no\">").append(esc(p.text())).append("</bdi>");
            } else {
                out.append(esc(p.text()));
            }
        }
        return out.toString();
    }
}
