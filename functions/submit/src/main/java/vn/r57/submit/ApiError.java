package vn.r57.submit;

import java.util.Optional;
import vn.r57.core.snapshot.Problem;

/**
 * One entry of a problem's {@code errors}: where (a JSON pointer into the body, or the name of a request header, or
 * neither when it concerns the request as a whole), a stable code and a sentence.
 */
public record ApiError(Optional<String> pointer, Optional<String> header, String code, String detail) {

    public static ApiError body(Problem problem) {
        return new ApiError(Optional.of(problem.pointer()), Optional.empty(), problem.code(), problem.detail());
    }

    public static ApiError body(String pointer, String code, String detail) {
        return new ApiError(Optional.of(pointer), Optional.empty(), code, detail);
    }

    public static ApiError header(String name, String code, String detail) {
        return new ApiError(Optional.empty(), Optional.of(name), code, detail);
    }

    public static ApiError request(String code, String detail) {
        return new ApiError(Optional.empty(), Optional.empty(), code, detail);
    }
}
