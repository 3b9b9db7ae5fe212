package org.smartcity.app.web;

/** The server could not listen: the address and port are taken (another server, or an earlier run still up). */
public final class PortInUseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PortInUseException(String host, int port, Throwable cause) {
        super(
                "port " + port + " on " + host + " is already in use (another smartcity serve or demo?); stop it or"
                        + " choose another with --port",
                cause);
    }
}
