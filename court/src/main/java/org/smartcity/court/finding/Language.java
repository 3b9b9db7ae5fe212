package org.smartcity.court.finding;

/** Language of messages and reports. */
public enum Language {
    ZH,
    EN;

    /** Chinese when the text has any CJK ideograph, else English. */
    public static Language of(String text) {
        if (text != null) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                    return ZH;
                }
            }
        }
        return EN;
    }

    /** {@code zh} or {@code en}; anything else is an error. */
    public static Language fromCode(String code) {
        return switch (code) {
            case "zh" -> ZH;
            case "en" -> EN;
            default -> throw new IllegalArgumentException("unknown language '" + code + "', expected zh or en");
        };
    }
}
