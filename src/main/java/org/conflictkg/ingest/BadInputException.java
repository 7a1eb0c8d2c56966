package org.conflictkg.ingest;

/** An input that cannot become an article; the message names the file and the problem. */
public class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
