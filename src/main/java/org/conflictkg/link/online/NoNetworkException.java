package org.conflictkg.link.online;

/**
 * A remote service could not be reached at all (no network, unknown host, refused connection,
 * connection time-out). Its message is one line meant for the user.
 */
public final class NoNetworkException extends RuntimeException {
    public NoNetworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
