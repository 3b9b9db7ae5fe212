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
        String role = role(f.label(), labels.list("signature.suffixes"));
        if (role == null) {
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

    /**
     * The role of a signature label, or null when the label is none. Three layouts are read: the role followed by the
     * signing words ({@code 侦查员签名}, {@code 侦查员(签名捺印)}), the signing words followed by the role in brackets
     * ({@code 签名(承办人)}), and either with several signing words joined by {@code /}, {@code 、} or {@code 或}
     * ({@code 被讯问人(签名/捺印)}).
     *
     * @param label the label, compact and width-folded
     * @param suffixes the signing words, longest first
     */
    static String role(String label, List<String> suffixes) {
        if (label.endsWith(")")) {
            int open = label.lastIndexOf('(');
            if (open > 0) {
                String before = label.substring(0, open);
                String inside = label.substring(open + 1, label.length() - 1);
                if (signingWords(inside, suffixes)) {
                    return before;
                }
                if (!inside.isEmpty() && signingWords(before, suffixes)) {
                    return inside;
                }
            }
            return null;
        }
        for (String s : suffixes) {
            if (label.endsWith(s) && label.length() > s.length()) {
                String role = label.substring(0, label.length() - s.length());
                if (role.endsWith("/") || role.endsWith("、")) {
                    continue;
                }
                return role;
            }
        }
        int cut = firstSigningWord(label, suffixes);
        if (cut > 0 && signingWords(label.substring(cut), suffixes)) {
            return label.substring(0, cut);
        }
        return null;
    }

    /** True when the text is one or more signing words joined by {@code /}, {@code 、} or {@code 或}. */
    private static boolean signingWords(String text, List<String> suffixes) {
        if (text.isEmpty()) {
            return false;
        }
        for (String part : text.split("[/、或]")) {
            if (!suffixes.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static int firstSigningWord(String label, List<String> suffixes) {
        int best = -1;
        for (String s : suffixes) {
            int i = label.indexOf(s);
            if (i > 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
