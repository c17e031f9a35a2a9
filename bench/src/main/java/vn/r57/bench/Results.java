package vn.r57.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Each benchmark leaves a Markdown fragment and key figures in {@code work/results/}; bench/run prints them together. */
public final class Results {

    private Results() {}

    public static void write(Path work, String name, String markdown) {
        try {
            Path folder = Files.createDirectories(work.resolve("results"));
            Files.writeString(folder.resolve(name + ".md"), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void value(Path work, String key, String value) {
        try {
            Path folder = Files.createDirectories(work.resolve("results"));
            Files.writeString(folder.resolve("figures.properties"), key + "=" + value + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
