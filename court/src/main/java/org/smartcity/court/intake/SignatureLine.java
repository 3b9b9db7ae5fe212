package org.smartcity.court.intake;

import java.util.List;

/**
 * A signature line: {@code 被讯问人（签名）：洪少杰}, {@code 侦查员签字：}, {@code 见证人(签名捺印)：____}. The label is a role
 * followed by a signing word ({@code signature.suffixes}), in brackets or not.
 *
 * @param role the role part of the label (compact), e.g. {@code 侦查员}
 * @param name the name written on the line, null when the line was left blank
 * @param field the field it was read from
 */
public record SignatureLine(String role, String name, Field field) {
    /** The signature in a field, or null when the field's label is not a signature label. */
    public static SignatureLine of(Field f, Labels labels) {
        String label = f.label();
        List<String> suffixes = labels.list("signature.suffixes");
        String role = null;
        for (String s : suffixes) {
            if (label.endsWith("(" + s + ")")) {
                role = label.substring(0, label.length() - s.length() - 2);
                break;
            }
            if (label.endsWith(s) && label.length() > s.length()) {
                role = label.substring(0, label.length() - s.length());
                break;
            }
        }
        if (role == null) {
            return null;
        }
        role = role.replaceAll("[()]+$", "");
        if (role.isEmpty()) {
            return null;
        }
        String value = f.value();
        for (String blank : labels.list("signature.blank")) {
            if (!blank.isEmpty() && blank.length() > 1 && value.contains(blank)) {
                value = value.replace(blank, "");
            }
        }
        value = value.replaceAll("[_＿—\\-\\s]+", " ").trim();
        value = value.replaceAll("\\s*\\d{4}\\s*[年./-].*$", "").trim();
        String first = value.isEmpty() ? null : value.split(" ")[0];
        String name = PersonRegistry.cleanName(first);
        return new SignatureLine(role, name, f);
    }
}
