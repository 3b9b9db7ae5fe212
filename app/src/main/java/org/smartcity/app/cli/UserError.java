package org.smartcity.app.cli;

/** A problem with what the user asked for or gave; its message is shown as is, without a stack trace. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
