package vn.r57.emulators;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which endpoints each test class of this JVM was given, to show the emulators started only once. */
final class EndpointsSeenByTestClasses {

    private static final Map<Class<?>, EmulatorEndpoints> SEEN = new ConcurrentHashMap<>();

    private EndpointsSeenByTestClasses() {
    }

    static void record(Class<?> testClass, EmulatorEndpoints endpoints) {
        SEEN.put(testClass, endpoints);
    }

    static List<EmulatorEndpoints> distinct() {
        return SEEN.values().stream().distinct().toList();
    }
}
