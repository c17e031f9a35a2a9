package vn.r57.emulators;

import java.net.URI;

/** Where the running emulators listen, for code that builds its own clients. */
public record EmulatorEndpoints(URI dynamoEndpoint, URI s3Endpoint) {
}
