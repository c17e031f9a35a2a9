package vn.r57.local.run;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --render-every}: a number with {@code ms}, {@code s} (the default unit) or {@code m}, at least 100 ms. */
final class RenderInterval implements ITypeConverter<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");

    @Override
    public Duration convert(String text) {
        Matcher matcher = DURATION.matcher(text);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            Duration duration = switch (unit) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
            if (duration.toMillis() >= 100) {
                return duration;
            }
        }
        throw new TypeConversionException("'" + text + "' is not a duration of at least 100ms such as 30s, 2m or 500ms");
    }
}
