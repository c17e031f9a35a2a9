package vn.r57.local.render;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of}: an ISO-8601 instant in UTC, e.g. {@code 2026-12-06T03:00:00Z}; a bare date is refused. */
final class AsOfInstant implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + text + "' is not an instant such as 2026-12-06T03:00:00Z");
        }
    }
}
