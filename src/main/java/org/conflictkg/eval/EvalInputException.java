package org.conflictkg.eval;

/** Gold or system input that cannot be scored; the message is one line naming the file and the problem. */
public class EvalInputException extends RuntimeException {
    public EvalInputException(String message) {
        super(message);
    }
}
