package vn.r57.emulators;

import java.util.Set;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Starts moto (for DynamoDB, in a child Python process) and s3proxy, both in memory, once per test JVM and stops
 * them when JUnit closes its root context (or, failing that, when the JVM exits). Test methods, constructors and
 * {@code @BeforeAll} methods may ask for {@link EmulatorEndpoints}, {@link DynamoDbClient} or {@link S3Client}; the
 * clients are shared, so tests must not close them.
 *
 * <pre>{@code @ExtendWith(Emulators.class)}</pre>
 */
public final class Emulators implements BeforeAllCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(Emulators.class);
    private static final Set<Class<?>> INJECTABLE = Set.of(EmulatorEndpoints.class, DynamoDbClient.class, S3Client.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        running(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return INJECTABLE.contains(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        RunningEmulators emulators = running(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return emulators.dynamoDbClient();
        }
        if (type == S3Client.class) {
            return emulators.s3Client();
        }
        return emulators.endpoints();
    }

    // The root context lives as long as the test JVM's launcher session, so the emulators start once
    // and the store closes them, and with them their non-daemon threads, at the very end.
    private static RunningEmulators running(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(RunningEmulators.class, type -> RunningEmulators.start(), RunningEmulators.class);
    }
}
