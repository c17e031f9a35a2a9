package vn.r57.render.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How the tests start the Nu HTML Checker's jar (and Jing inside it) in a JVM of their own. */
final class NuCheckerJars {

    private NuCheckerJars() {}

    /** The checker's jars that Maven copied into {@code nu.checker.lib}, as a class path. */
    static String classPath() throws IOException {
        String folder = System.getProperty("nu.checker.lib");
        if (folder == null) {
            throw new IllegalStateException("run through Maven (mvn verify): it copies the checker and sets nu.checker.lib");
        }
        try (Stream<Path> jars = Files.list(Path.of(folder))) {
            return String.join(File.pathSeparator,
                    jars.filter(jar -> jar.toString().endsWith(".jar")).map(Path::toString).sorted().toList());
        }
    }

    /** The java command of this JVM. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString());
    }
}
