package io.accountable.web;

import java.util.List;

/** The JSON error answer of the API: {@code {"error": "...", "details": [...]}}. */
public record ApiError(String error, List<?> details) {
    public static ApiError of(String error) {
        return new ApiError(error, List.of());
    }
}
