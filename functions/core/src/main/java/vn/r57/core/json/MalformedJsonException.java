package vn.r57.core.json;

/** The body is not one well-formed JSON document within our structural limits. */
public final class MalformedJsonException extends Exception {

    public MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
