package vn.r57.local.run;

/** The port the portal should listen on is taken by another program. */
public final class PortInUseException extends Exception {

    public PortInUseException(int port, Throwable cause) {
        super("port " + port + " on 127.0.0.1 is already in use (is the portal already running?); stop that program or choose another port with --port N", cause);
    }
}
