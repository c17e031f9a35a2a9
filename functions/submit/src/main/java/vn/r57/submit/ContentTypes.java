package vn.r57.submit;

import java.util.Locale;
import java.util.Optional;

/** Accepts {@code application/json}, optionally with {@code charset=utf-8}: the body is read as UTF-8 and nothing else. */
final class ContentTypes {

    static final String HEADER = "Content-Type";

    private ContentTypes() {}

    /** Why the header is not acceptable; empty when it is. */
    static Optional<String> refusal(Optional<String> header) {
        if (header.isEmpty() || header.get().isBlank()) {
            return Optional.of("no Content-Type was sent; send the snapshot as \"Content-Type: application/json\"");
        }
        String[] parts = header.get().split(";");
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            return Optional.of("\"" + parts[0].trim() + "\" is not accepted; send the snapshot as \"Content-Type: application/json\"");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).trim().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : unquote(parameter.substring(equals + 1).trim());
            if (!name.equals("charset") || !value.equalsIgnoreCase("utf-8")) {
                return Optional.of("the only parameter accepted is charset=utf-8, not \"" + parameter + "\"");
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
