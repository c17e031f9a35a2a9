package vn.r57.render;

import java.nio.file.Files;
import java.nio.file.Path;

class DumpSmall {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        for (var e : SmallDataSet.rendered().entrySet()) {
            Path file = out.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
    }
}
