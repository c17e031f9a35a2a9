package vn.r57.emulators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The emulator clients' uploads reach s3proxy on the first attempt. With the SDK's aws-chunked uploads over plain
 * HTTP, about one in seven broke its connection half-way and only the SDK's retries hid it, until four failures in a
 * row failed a run.
 */
@ExtendWith(Emulators.class)
class S3UploadsIT {

    private static final int UPLOADS = 200;

    @Test
    void twoHundredUploadsOfPageSizesArriveWithoutARetry(EmulatorEndpoints endpoints) {
        try (S3Client s3 = EmulatorClients.s3Builder(endpoints.s3Endpoint())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
            s3.createBucket(create -> create.bucket("s3-uploads-it"));
            Random random = new Random(57);
            for (int i = 0; i < UPLOADS; i++) {
                byte[] page = new byte[1_000 + random.nextInt(120_000)];
                random.nextBytes(page);
                String key = "pages/" + i + ".html";

                s3.putObject(put -> put.bucket("s3-uploads-it").key(key).contentType("text/html; charset=utf-8"),
                        RequestBody.fromBytes(page));

                assertArrayEquals(page, s3.getObjectAsBytes(get -> get.bucket("s3-uploads-it").key(key)).asByteArray(), key);
            }
        }
    }
}
