package org.smartcity.app.web.page;

/** HTML escaping for every piece of data written into a page. */
public final class Html {
    private Html() {}

    /** Text safe inside an element or a double-quoted attribute. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    /** Percent-encodes a path segment (a space as {@code %20}). */
    public static String urlPart(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** The first {@code max} characters (code points) of {@code s}, with an ellipsis when it was longer. */
    public static String excerpt(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
