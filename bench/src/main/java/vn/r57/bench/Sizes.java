package vn.r57.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Deployment package sizes and page weights. A page's weight is its HTML plus every same-site stylesheet, script,
 * image and icon it references, each gzipped (CloudFront compresses text on the fly; gzip level 6 is what most
 * servers use), as a first visit with an empty cache downloads them.
 *
 * <p>Arguments: work folder, submit jar, render jar, full render output folder.
 */
public final class Sizes {

    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"(/[^\"#?]+)\"");

    private Sizes() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        long submit = Files.size(Path.of(args[1]));
        long render = Files.size(Path.of(args[2]));
        Path site = Path.of(args[3]);
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "| submit function jar (r57-submit.jar) | ≤ 10 MB | %.2f MB | %.2f |%n",
                submit / 1e6, submit / 10e6));
        md.append(String.format(Locale.ROOT, "| render function jar (r57-render.jar) | ≤ 15 MB | %.2f MB | %.2f |%n",
                render / 1e6, render / 15e6));
        Results.value(work, "size.submit.mb", String.format(Locale.ROOT, "%.2f", submit / 1e6));
        Results.value(work, "size.render.mb", String.format(Locale.ROOT, "%.2f", render / 1e6));
        for (String page : List.of("vi/index.html", "en/index.html")) {
            Path file = site.resolve(page);
            if (!Files.exists(file)) {
                md.append("| overview page /").append(page).append(" | ≤ 60 KB gzipped | not rendered by this build | – |\n");
                Results.value(work, "weight." + page, "absent");
                continue;
            }
            Weight weight = weight(site, file);
            md.append(String.format(Locale.ROOT, "| overview page /%s: HTML + %d referenced files, gzipped | ≤ 60 KB gzipped | %.1f KB (HTML %.1f KB) | %.2f |%n",
                    page, weight.references(), weight.total() / 1024.0, weight.html() / 1024.0, weight.total() / (60 * 1024.0)));
            Results.value(work, "weight." + page, String.format(Locale.ROOT, "%.1f KB", weight.total() / 1024.0));
        }
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(path -> path.toString().endsWith(".html")).forEach(pages::add);
        }
        if (!pages.isEmpty()) {
            Path heaviest = null;
            long heaviestBytes = -1;
            for (Path page : pages) {
                long bytes = weight(site, page).total();
                if (bytes > heaviestBytes) {
                    heaviestBytes = bytes;
                    heaviest = page;
                }
            }
            md.append(String.format(Locale.ROOT, "| heaviest of %d pages: /%s | (≤ 60 KB) | %.1f KB | %.2f |%n", pages.size(),
                    site.relativize(heaviest), heaviestBytes / 1024.0, heaviestBytes / (60 * 1024.0)));
        }
        Results.write(work, "sizes", md.toString());
        System.out.print(md);
    }

    record Weight(long html, long total, int references) {}

    static Weight weight(Path site, Path page) throws IOException {
        byte[] html = Files.readAllBytes(page);
        long htmlBytes = gzipped(html);
        long total = htmlBytes;
        Set<String> references = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(new String(html, java.nio.charset.StandardCharsets.UTF_8));
        while (matcher.find()) {
            String path = matcher.group(1);
            if (!path.endsWith("/") && !path.endsWith(".html") && !path.startsWith("//")) {
                references.add(path);
            }
        }
        int found = 0;
        for (String reference : references) {
            Path file = site.resolve(reference.substring(1));
            if (Files.isRegularFile(file) && !reference.startsWith("/data/")) {
                total += gzipped(Files.readAllBytes(file));
                found++;
            }
        }
        return new Weight(htmlBytes, total, found);
    }

    static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.size();
    }
}
