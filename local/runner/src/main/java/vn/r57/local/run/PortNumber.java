package vn.r57.local.run;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --port}: a TCP port; 0 lets the system pick a free one (tests do). */
final class PortNumber implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String text) {
        if (text.matches("\\d{1,5}") && Integer.parseInt(text) <= 65535) {
            return Integer.parseInt(text);
        }
        throw new TypeConversionException("'" + text + "' is not a port number from 1 to 65535");
    }
}
