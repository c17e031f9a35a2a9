package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.r57.render.SmallDataSet;
import vn.r57.render.site.SitePaths;

/**
 * Over a full render: every internal address a page, chart, map or the sitemap names (links, stylesheets, icons,
 * canonical and alternate addresses, fragments) leads to a rendered file and, with a fragment, to an element with
 * that id; every page has its twin in the other language.
 */
class SiteLinksIT {

    private static final Pattern REFERENCE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern SITEMAP_LOCATION = Pattern.compile("<loc>([^<]*)</loc>");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]*)\"");

    @TempDir
    Path site;

    @Test
    void everyInternalLinkLeadsToARenderedFileAndFragment() throws IOException {
        DemoLikeDataSet.renderInto(site);
        TreeMap<String, List<String>> broken = new TreeMap<>();
        int checked = 0;
        for (Path file : files(".html", ".svg", ".xml")) {
            String text = Files.readString(file);
            Matcher matcher = (file.toString().endsWith("sitemap.xml") ? SITEMAP_LOCATION : REFERENCE).matcher(text);
            while (matcher.find()) {
                String address = matcher.group(1).replace("&amp;", "&");
                if (address.startsWith(SmallDataSet.SITE_URL + "/")) {
                    address = address.substring(SmallDataSet.SITE_URL.length());
                }
                if (!address.startsWith("/") || address.startsWith("//")) {
                    continue;
                }
                checked++;
                problem(address).ifPresent(problem -> broken.computeIfAbsent(
                        site.relativize(file).toString(), key -> new ArrayList<>()).add(problem));
            }
        }
        assertEquals(new TreeMap<>(), broken);
        assertTrue(checked > 10_000, "links checked: " + checked);
    }

    @Test
    void everyPageHasItsTwinInTheOtherLanguage() throws IOException {
        DemoLikeDataSet.renderInto(site);
        Set<String> vi = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (Path file : files(".html")) {
            String key = site.relativize(file).toString().replace('\\', '/');
            if (key.startsWith("en/")) {
                en.add(key.substring(3));
            } else if (key.startsWith("vi/")) {
                vi.add(key.substring(3));
            } else if (key.equals("404.html")) {
                vi.add(key);
            }
        }
        assertEquals(vi, en);
        assertEquals(86 + 34 + 18 + 6 + 1 + 12 + 1, vi.size(),
                "units, status pages of current units, indicators, 6 others, regions, 12 region pages, compare");
    }

    /** Why an address does not resolve, or empty when it does. */
    private java.util.Optional<String> problem(String address) {
        String path = address;
        String fragment = null;
        int hash = address.indexOf('#');
        if (hash >= 0) {
            path = address.substring(0, hash);
            fragment = address.substring(hash + 1);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = site.resolve(SitePaths.key(path));
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of(address + ": no such file");
        }
        if (fragment != null && !ids(target).contains(fragment)) {
            return java.util.Optional.of(address + ": no element with that id");
        }
        return java.util.Optional.empty();
    }

    private static Set<String> ids(Path file) {
        try {
            Set<String> ids = new TreeSet<>();
            Matcher matcher = ID.matcher(Files.readString(file));
            while (matcher.find()) {
                ids.add(matcher.group(1));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files(String... extensions) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> Stream.of(extensions).anyMatch(file.toString()::endsWith))
                    .sorted()
                    .toList();
        }
    }
}
