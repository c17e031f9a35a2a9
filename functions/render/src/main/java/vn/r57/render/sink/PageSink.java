package vn.r57.render.sink;

import java.util.Optional;

/**
 * Where rendered objects go: an S3 bucket in AWS and locally, a folder for {@code portal render --out}. Keys have no
 * leading slash. The renderer reads back only its own manifest.
 */
public interface PageSink {

    Optional<byte[]> read(String key);

    void put(String key, String contentType, String cacheControl, byte[] bytes);

    void delete(String key);
}
