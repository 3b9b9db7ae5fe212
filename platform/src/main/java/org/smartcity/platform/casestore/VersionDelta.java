package org.smartcity.platform.casestore;

/**
 * A document stored as its difference from the version before it: the base's first {@code keepPrefix} characters,
 * then {@code middle}, then the base's last {@code keepSuffix} characters. An edit of one evidence item in a
 * compact JSON document changes one stretch of text, so the delta is about the size of that item. Exact: applying
 * the delta to its base gives the document back character for character. Never splits a surrogate pair, so
 * {@code middle} is valid text to store. Immutable.
 *
 * @param keepPrefix characters kept from the start of the base
 * @param keepSuffix characters kept from the end of the base
 * @param middle the text in between
 */
public record VersionDelta(int keepPrefix, int keepSuffix, String middle) {
    /** The delta that turns {@code base} into {@code next}. */
    public static VersionDelta between(String base, String next) {
        int max = Math.min(base.length(), next.length());
        int prefix = 0;
        while (prefix < max && base.charAt(prefix) == next.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(next.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && base.charAt(base.length() - 1 - suffix) == next.charAt(next.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(next.charAt(next.length() - suffix))) {
            suffix--;
        }
        return new VersionDelta(prefix, suffix, next.substring(prefix, next.length() - suffix));
    }

    /** The document this delta makes of {@code base}. */
    public String applyTo(String base) {
        if (keepPrefix < 0 || keepSuffix < 0 || keepPrefix + keepSuffix > base.length()) {
            throw new IllegalStateException("a stored version delta does not fit its base (" + keepPrefix + " + "
                    + keepSuffix + " characters of " + base.length() + ")");
        }
        return base.substring(0, keepPrefix) + middle + base.substring(base.length() - keepSuffix);
    }
}
