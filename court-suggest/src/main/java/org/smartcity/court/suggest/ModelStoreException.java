package org.smartcity.court.suggest;

/** A model folder that cannot be written or read; the message names the folder or file and the reason. */
public final class ModelStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelStoreException(String message) {
        super(message);
    }

    public ModelStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
