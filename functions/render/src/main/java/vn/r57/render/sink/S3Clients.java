package vn.r57.render.sink;

import java.time.Duration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * S3 clients as the renderer builds them: region, credentials and endpoint from the standard configuration
 * ({@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL} locally), path-style addressing (emulators have no
 * bucket subdomains), and checksums only where S3 requires them (emulators do not all know the newer ones).
 */
public final class S3Clients {

    private S3Clients() {}

    public static S3Client fromEnvironment() {
        return builder().build();
    }

    public static S3ClientBuilder builder() {
        return S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(20)))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Plain upload bodies: over an emulator's plain HTTP the SDK would otherwise sign them as
                // aws-chunked, and s3proxy breaks the connection of about one such upload in seven.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    }
}
