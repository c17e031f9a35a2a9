package vn.r57.local.keys;

/** The keys command found no store to talk to. */
final class StoreUnreachableException extends RuntimeException {

    StoreUnreachableException(String message) {
        super(message);
    }
}
