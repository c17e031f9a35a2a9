package vn.r57.core.snapshot;

/**
 * One thing wrong with a request: where (an RFC 6901 JSON pointer into the body, "" for the whole body),
 * a stable machine code, and a sentence for people.
 */
public record Problem(String pointer, String code, String detail) {}
