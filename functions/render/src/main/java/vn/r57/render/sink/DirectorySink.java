package vn.r57.render.sink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Objects as files under one folder ({@code data/v1/catalog.json} becomes {@code DIR/data/v1/catalog.json}). A file
 * is written to a temporary name and moved into place, so a reader never sees half a file. Content type and cache
 * control are a web server's business here.
 */
public final class DirectorySink implements PageSink {

    private final Path root;

    public DirectorySink(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(Files.readAllBytes(file(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void put(String key, String contentType, String cacheControl, byte[] bytes) {
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".render-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String key) {
        Path file = root.resolve(key).normalize();
        if (key.startsWith("/") || !file.startsWith(root)) {
            throw new IllegalArgumentException("key outside the output folder: " + key);
        }
        return file;
    }
}
