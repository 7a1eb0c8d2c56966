package org.conflictkg.link.online;

/**
 * A remote service was reached but its answer was unusable (an HTTP error, a time-out while
 * waiting for the answer, a body that cannot be read). Its message is one line meant for the user.
 */
public final class RemoteException extends RuntimeException {
    public RemoteException(String message) {
        super(message);
    }

    public RemoteException(String message, Throwable cause) {
        super(message, cause);
    }
}
