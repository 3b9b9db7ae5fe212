package org.smartcity.app.court;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.smartcity.court.search.SimilarCase;

/**
 * One similar case as JSON, the same for {@code smartcity court similar --json} and the workspace's reference API:
 * {@code id}, {@code score} (3 decimals), {@code charges}, {@code articles}, {@code termMonths} (CAIL encoding),
 * {@code amount} (when known), {@code excerpt}, {@code shared}.
 */
public final class SimilarCaseJson {
    private SimilarCaseJson() {}

    public static ObjectNode of(SimilarCase c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", c.id());
        n.put("score", Math.round(c.score() * 1000) / 1000.0);
        c.charges().forEach(n.putArray("charges")::add);
        c.articles().forEach(n.putArray("articles")::add);
        n.put("termMonths", c.termMonths());
        c.amount().ifPresent(a -> n.put("amount", a));
        n.put("excerpt", c.excerpt());
        c.shared().forEach(n.putArray("shared")::add);
        return n;
    }
}
