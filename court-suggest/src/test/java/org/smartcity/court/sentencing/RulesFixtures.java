package org.smartcity.court.sentencing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** The built-in rules file as a JSON tree, to change one value and read it back. */
final class RulesFixtures {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RulesFixtures() {}

    static ObjectNode builtInTree() {
        try (InputStream in = RulesFixtures.class.getClassLoader().getResourceAsStream(SentencingRules.BUILT_IN)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built-in rules with {@code change} applied to the tree. */
    static byte[] changed(Consumer<ObjectNode> change) {
        ObjectNode root = builtInTree();
        change.accept(root);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tier {@code tier} of the charge {@code charge} (by position) in the tree. */
    static ObjectNode tier(ObjectNode root, int charge, int tier) {
        return (ObjectNode) root.get("charges").get(charge).get("tiers").get(tier);
    }
}
