package org.smartcity.court.cail;

/** A CAIL JSON Lines file that cannot be read; the message names the file, the line and the reason. */
public final class CailFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public CailFormatException(String message) {
        super(message);
    }

    public CailFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
