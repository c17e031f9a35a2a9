package vn.r57.render.sink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.s3.S3Client;
import vn.r57.emulators.Emulators;

/**
 * The renderer's S3 client, pointed at an emulator as the local runner and LocalStack point it, writes every object
 * on the first attempt: no upload depends on the SDK's retries (s3proxy broke about one aws-chunked upload in seven).
 */
@ExtendWith(Emulators.class)
class S3SinkIT {

    @Test
    void twoHundredPagesArriveWithoutARetryAndReadBackByteForByte(S3Client emulator) {
        try (S3Client s3 = S3Clients.builder()
                .endpointOverride(emulator.serviceClientConfiguration().endpointOverride().orElseThrow())
                .region(emulator.serviceClientConfiguration().region())
                .credentialsProvider(emulator.serviceClientConfiguration().credentialsProvider())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
            s3.createBucket(create -> create.bucket("s3-sink-it"));
            S3Sink sink = new S3Sink(s3, "s3-sink-it");
            Random random = new Random(57);
            for (int i = 0; i < 200; i++) {
                byte[] page = new byte[1_000 + random.nextInt(120_000)];
                random.nextBytes(page);
                String key = "vi/pages/" + i + "/index.html";

                sink.put(key, "text/html; charset=utf-8", "public, max-age=300", page);

                assertArrayEquals(page, sink.read(key).orElseThrow(), key);
            }
            assertEquals(Optional.empty(), sink.read("vi/pages/missing/index.html"));
        }
    }
}
