package org.smartcity.court.standard;

/** An evidence standard file that is not valid; the message is {@code FILE: at PATH: REASON}. */
public final class StandardException extends Exception {
    private static final long serialVersionUID = 1L;

    public StandardException(String source, String path, String reason) {
        super(source + ": at " + path + ": " + reason);
    }
}
