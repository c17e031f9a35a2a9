package vn.r57.core.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/api-errors.md is the departments' reference: it must list every code and every limit, with the real values. */
class ApiErrorsDocTest {

    // Surefire runs in the module directory, functions/core.
    private static final Path DOC = Path.of("../../docs/api-errors.md");
    private static final Pattern CODE_ROW = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| (\\d{3}) \\|");
    private static final Pattern LIMIT_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| (\\d+)[ |]");

    @Test
    void everyCodeHasOneRowInCodeOrderWithItsHttpStatus() throws Exception {
        List<String> documented = new ArrayList<>();
        List<String> expectedRows = new ArrayList<>();
        Matcher row = CODE_ROW.matcher(doc());
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }
        for (String code : constants(Codes.class, String.class)) {
            String status = switch (code) {
                case Codes.MALFORMED_JSON -> "400";
                case Codes.NOT_YOUR_PROVINCE -> "403";
                default -> "422";
            };
            expectedRows.add(code + " " + status);
        }

        assertEquals(expectedRows.stream().sorted().toList(), documented.stream().sorted().toList());
    }

    @Test
    void everyLimitHasARowWithItsCurrentValue() throws Exception {
        List<String> documented = new ArrayList<>();
        Matcher row = LIMIT_ROW.matcher(doc());
        while (row.find()) {
            documented.add(row.group(1) + "=" + row.group(2));
        }
        List<String> expected = new ArrayList<>();
        for (Field field : Limits.class.getFields()) {
            expected.add(field.getName() + "=" + field.getInt(null));
        }

        assertEquals(expected.stream().sorted().toList(), documented.stream().sorted().toList());
    }

    private static String doc() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    private static <T> List<T> constants(Class<?> owner, Class<T> type) throws IllegalAccessException {
        List<T> values = new ArrayList<>();
        for (Field field : owner.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                values.add(type.cast(field.get(null)));
            }
        }
        return values;
    }
}
