package org.smartcity.platform.store;

/** A database failure (connection lost, constraint broken, migration refused), with one line saying what was done. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
