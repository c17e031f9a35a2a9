package vn.r57.emulators;

import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * SDK v2 clients configured the way the functions configure theirs, pointed at an emulator.
 * Nothing is read from the environment or ~/.aws, so a developer's real credentials never reach an emulator.
 */
public final class EmulatorClients {

    /**
     * The one region of every client of the emulators: moto keeps a table in the region it was made in, so a client
     * of another region would not find it. The deployment's region, which tests that configure a function through
     * {@code AWS_REGION} also use.
     */
    public static final Region REGION = Region.AP_SOUTHEAST_1;

    // Neither emulator checks signatures (moto only reads the region from them); the SDK still needs something to sign with.
    private static final StaticCredentialsProvider DUMMY_CREDENTIALS =
            StaticCredentialsProvider.create(AwsBasicCredentials.create("emulator", "emulator"));

    private EmulatorClients() {
    }

    public static DynamoDbClient dynamoDb(URI endpoint) {
        return DynamoDbClient.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(DUMMY_CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    public static S3Client s3(URI endpoint) {
        return s3Builder(endpoint).build();
    }

    static S3ClientBuilder s3Builder(URI endpoint) {
        return S3Client.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(DUMMY_CREDENTIALS)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // Bucket names as path segments: a loopback IP has no subdomains.
                .forcePathStyle(true)
                // Checksums only where S3 demands them, as in the functions: fewer surprises with emulators.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                // Plain upload bodies, as in the functions: over plain HTTP the SDK would otherwise sign them
                // as aws-chunked, and s3proxy breaks the connection of about one such upload in seven.
                .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build());
    }
}
