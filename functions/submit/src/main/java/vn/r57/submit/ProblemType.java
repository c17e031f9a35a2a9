package vn.r57.submit;

/**
 * The kinds of error response, each with a stable type URI and title (RFC 9457). The specific reasons are the
 * {@code errors[].code} values; both are documented in docs/api-problems.md and never renamed.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "The request is malformed"),
    UNAUTHORIZED("unauthorized", 401, "A valid API token is required"),
    FORBIDDEN("forbidden", 403, "This key may not write for that province"),
    NOT_FOUND("not-found", 404, "There is nothing here"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "This method is not allowed here"),
    IDEMPOTENCY_CONFLICT("idempotency-conflict", 409, "The Idempotency-Key was already used for another request"),
    BODY_TOO_LARGE("body-too-large", 413, "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "The request body must be JSON"),
    INVALID_SNAPSHOT("invalid-snapshot", 422, "The snapshot has problems"),
    INTERNAL_ERROR("internal-error", 500, "Something went wrong on our side"),
    STORE_UNAVAILABLE("store-unavailable", 503, "The store is briefly unavailable");

    /**
     * Type URIs name the project's problem documentation. They identify a problem type and stay the same whatever
     * host a deployment runs on; clients compare them as strings and need not fetch them.
     */
    public static final String TYPE_BASE = "https://r57.example/problems/";

    private final String code;
    private final int status;
    private final String title;

    ProblemType(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public String uri() {
        return TYPE_BASE + code;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
