package vn.r57.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The jar `sam build` puts into each function (the Makefile's build-&lt;Function&gt; target) holds that function's
 * handler and nothing another function, a test or an emulator needs. Runs after both modules are packaged.
 */
class LambdaArtifactsIT {

    /**
     * In no function: emulators, test libraries, the HTTP clients we exclude for the URLConnection one, and the
     * command-line tools that run on a laptop (the portal command, the revision-file reader).
     */
    private static final List<String> NEVER = List.of(
            "com/amazonaws/services/dynamodbv2/",      // DynamoDB Local
            "com/almworks/sqlite4java/",               // its SQLite binding
            "org/gaul/",                               // s3proxy
            "org/eclipse/jetty/",
            "org/jclouds/",
            "org/junit/",
            "org/opentest4j/",
            "org/joda/",
            "software/amazon/awssdk/http/apache/",
            "software/amazon/awssdk/http/apache5/",
            "software/amazon/awssdk/http/nio/netty/",
            "io/netty/",
            "com/fasterxml/jackson/databind/",
            "com/networknt/",
            "vn/r57/emulators/",
            "vn/r57/local/",
            // The local portal's store and its driver (natives for every platform) stay out of the functions.
            "vn/r57/store/sqlite/",
            "org/sqlite/",
            "vn/r57/revisions/",                       // revisions from a file: the portal command, bench, tests
            "picocli/");

    private static final Map<String, List<String>> NOT_IN = Map.of(
            "SubmitFunction", List.of("vn/r57/render/", "gg/jte/", "software/amazon/awssdk/services/s3/", "site/"),
            "RenderFunction", List.of("vn/r57/submit/", "com/amazonaws/services/lambda/runtime/events/"));

    private final Template template = Template.load();

    @Test
    void eachFunctionsJarHoldsItsHandlerAndWhatItCalls() throws IOException {
        Set<String> submit = Set.of(
                "vn/r57/submit/SubmitHandler.class",
                "vn/r57/core/indicators.csv",
                "software/amazon/awssdk/services/dynamodb/DynamoDbClient.class",
                "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                "com/amazonaws/services/lambda/runtime/events/APIGatewayV2HTTPEvent.class",
                "org/crac/Core.class");
        Set<String> render = Set.of(
                "vn/r57/render/RenderHandler.class",
                "vn/r57/core/indicators.csv",
                "software/amazon/awssdk/services/dynamodb/DynamoDbClient.class",
                "software/amazon/awssdk/services/s3/S3Client.class",
                "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                "gg/jte/html/HtmlTemplateOutput.class",
                "site/messages/vi.properties");

        assertEquals(submit, present(jarOf("SubmitFunction"), submit));
        assertEquals(render, present(jarOf("RenderFunction"), render));
    }

    @Test
    void noJarCarriesAnotherFunctionsCodeTestLibrariesOrEmulators() throws IOException {
        for (String function : template.functions().keySet()) {
            Set<String> unwanted = new TreeSet<>();
            try (ZipFile jar = new ZipFile(jarOf(function).toFile())) {
                jar.stream().map(ZipEntry::getName).forEach(name -> {
                    for (String prefix : NEVER) {
                        if (name.startsWith(prefix)) {
                            unwanted.add(prefix);
                        }
                    }
                    for (String prefix : NOT_IN.get(function)) {
                        if (name.startsWith(prefix)) {
                            unwanted.add(prefix);
                        }
                    }
                });
            }
            assertEquals(Set.of(), unwanted, function);
        }
    }

    /** The jar the Makefile's target for this function copies: "build-X: $(VAR)" and "VAR := path". */
    private static Path jarOf(String function) throws IOException {
        String makefile = Files.readString(Repository.file("Makefile"));
        Matcher target = Pattern.compile("(?m)^build-" + function + ": \\$\\((\\w+)\\)$").matcher(makefile);
        assertTrue(target.find(), "Makefile: build-" + function + ": $(JAR)");
        Matcher variable = Pattern.compile("(?m)^" + target.group(1) + " := (\\S+)$").matcher(makefile);
        assertTrue(variable.find(), "Makefile: " + target.group(1) + " := path");
        Path jar = Repository.ROOT.resolve(variable.group(1));
        assertTrue(Files.isRegularFile(jar), jar + " is built by `mvn package` of its module; run the reactor build");
        return jar;
    }

    private static Set<String> present(Path jar, Set<String> names) throws IOException {
        Set<String> found = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String name : names) {
                if (zip.getEntry(name) != null) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
