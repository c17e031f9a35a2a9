package vn.r57.render.sink;

import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** Objects in one S3 bucket, each PUT with its content type and cache control (CloudFront passes both on). */
public final class S3Sink implements PageSink {

    private final S3Client s3;
    private final String bucket;

    public S3Sink(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(get -> get.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String contentType, String cacheControl, byte[] bytes) {
        s3.putObject(put -> put.bucket(bucket).key(key).contentType(contentType).cacheControl(cacheControl),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(delete -> delete.bucket(bucket).key(key));
    }
}
