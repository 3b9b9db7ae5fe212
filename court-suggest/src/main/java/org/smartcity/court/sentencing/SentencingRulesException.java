package org.smartcity.court.sentencing;

/** A rules file that cannot be used; the message names the file, the JSON path and the reason. */
public final class SentencingRulesException extends Exception {
    private static final long serialVersionUID = 1L;

    public SentencingRulesException(String message) {
        super(message);
    }
}
