package org.smartcity.traffic.sumo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.smartcity.traffic.cityflow.InvalidInputException;

/**
 * One element of a SUMO XML file with its attributes, children and the line it starts on, so that
 * every later check can name where the problem is. Immutable.
 */
record XmlElement(Path file, String name, int line, Map<String, String> attributes, List<XmlElement> children) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** Where this element is, for error messages: {@code line 12 <edge id="E1">}. */
    String where() {
        String id = attributes.get("id");
        return "line " + line + " <" + name + (id == null ? "" : " id=\"" + id + "\"") + ">";
    }

    InvalidInputException error(String reason) {
        return new InvalidInputException(file, where(), reason);
    }

    String text(String attribute) throws InvalidInputException {
        String value = attributes.get(attribute);
        if (value == null || value.isBlank()) {
            throw error("missing attribute '" + attribute + "'");
        }
        return value;
    }

    String text(String attribute, String fallback) {
        String value = attributes.get(attribute);
        return value == null ? fallback : value;
    }

    boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    double number(String attribute) throws InvalidInputException {
        return parse(attribute, text(attribute));
    }

    double number(String attribute, double fallback) throws InvalidInputException {
        String value = attributes.get(attribute);
        return value == null ? fallback : parse(attribute, value);
    }

    OptionalDouble optionalNumber(String attribute) throws InvalidInputException {
        String value = attributes.get(attribute);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(parse(attribute, value));
    }

    int integer(String attribute) throws InvalidInputException {
        String value = text(attribute);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw error("attribute '" + attribute + "' must be a whole number, got '" + value + "'");
        }
    }

    private double parse(String attribute, String value) throws InvalidInputException {
        double d;
        try {
            d = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw error("attribute '" + attribute + "' must be a number, got '" + value + "'");
        }
        if (!Double.isFinite(d)) {
            throw error("attribute '" + attribute + "' must be finite, got '" + value + "'");
        }
        return d;
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> named = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                named.add(c);
            }
        }
        return Collections.unmodifiableList(named);
    }
}
