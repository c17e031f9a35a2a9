package vn.r57.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.history.Revision;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Observation;
import vn.r57.core.snapshot.Source;
import vn.r57.core.snapshot.Submission;
import vn.r57.core.snapshot.SubmissionValidator;
import vn.r57.core.snapshot.Validation;
import vn.r57.render.OutputSets;
import vn.r57.render.SmallDataSet;
import vn.r57.render.Renderer;
import vn.r57.render.sink.DirectorySink;
import vn.r57.revisions.RevisionFile;

/**
 * Every XML output (the Atom feed, the sitemap, every SVG chart and map) of a full render of the demo-like data plus
 * texts full of edge characters is well-formed for a strict parser, and the feed is valid by the RELAX NG schema of
 * RFC 4287 (Jing, as bundled in the Nu HTML Checker from Maven Central, in a JVM of its own like PagesValidityIT's).
 * The texts the API accepts come out unaltered; characters XML forbids, stored before the API refused them, are dropped.
 */
class XmlOutputsIT {

    /** JSON escapes of a note the API accepts: markup, quotes, a CDATA end, bidi, BOM, private use, astral, U+FFFD. */
    private static final String ACCEPTED_NOTE_JSON = "<b>Đạt</b> & \\\"99,51%\\\" 'tốt' ]]> &amp; \\u202eRTL\\u202c"
            + " \\u00a0\\ufeff\\ue000\\ufdcf\\ufdf0\\ufffd \\ud83d\\ude00\\ud83f\\udffd\\udbff\\udffd <![CDATA[x]]> <?pi?> <!-- c -->";
    private static final String ACCEPTED_NOTE = "<b>Đạt</b> & \"99,51%\" 'tốt' ]]> &amp; \u202eRTL\u202c"
            + " \u00a0\ufeff\ue000\ufdcf\ufdf0\ufffd \ud83d\ude00\ud83f\udffd\udbff\udffd <![CDATA[x]]> <?pi?> <!-- c -->";
    private static final String ACCEPTED_TITLE_JSON = "Sở KH&CN \\\"Thanh Hóa\\\" <bản> 'sửa' ]]>";
    /** Stored before the API refused these: U+FFFF, U+FFFE, C0 controls, an unpaired surrogate. */
    private static final String LEGACY_NOTE = "cũ\uffff\ufffe\u0001\u0008\u000b\u001f\ud800 hết";

    @TempDir
    Path site;

    @Test
    void everyXmlOutputIsWellFormedAndTheFeedIsValidAtom() throws Exception {
        List<Revision> revisions = new ArrayList<>(DemoLikeDataSet.revisions());
        Submission accepted = accepted();
        Instant received = Instant.parse("2026-01-02T03:00:00Z");
        for (Observation value : accepted.values()) {
            revisions.add(new Revision(accepted.province(), value.indicator(), value.kind(), accepted.period(), 1,
                    value.value(), value.qualifier(), value.note(), accepted.source(), received, "edge-accepted"));
        }
        revisions.add(new Revision("gia-lai", "action-plan-issued", Kind.ACTUAL, Period.year(2025), 1, BigDecimal.ONE,
                Optional.empty(), Optional.of(LEGACY_NOTE), new Source("Báo cáo\u0000 cũ\uffff", Optional.empty()),
                received.plusSeconds(60), "edge-legacy"));
        RevisionFile source = new RevisionFile(revisions);
        new Renderer(Catalog.load(), source, OutputSets.all(SmallDataSet.SITE_URL, true), new DirectorySink(site))
                .render(true);

        Map<String, String> problems = new TreeMap<>();
        List<Path> xml = xmlFiles();
        for (Path file : xml) {
            try {
                parse(Files.readAllBytes(file));
            } catch (SAXParseException e) {
                problems.put(site.relativize(file).toString(), e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        }
        assertEquals(Map.of(), problems, "not well-formed");
        long svgs = xml.stream().filter(file -> file.toString().endsWith(".svg")).count();
        assertEquals(xml.size() - 2, svgs, "the feed, the sitemap and every SVG");
        assertTrue(svgs >= 90, svgs + " SVG files: charts and maps of both languages");

        Document feed = parse(Files.readAllBytes(site.resolve("data/v1/feed.atom")));
        List<String> summaries = texts(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary"));
        assertTrue(summaries.stream().anyMatch(summary -> summary.endsWith(
                "Source: Sở KH&CN \"Thanh Hóa\" <bản> 'sửa' ]]> <https://thanhhoa.gov.vn/bao-cao?a=1&b=%22x%22>. Note: "
                        + ACCEPTED_NOTE)), "the accepted texts arrive unaltered:\n" + String.join("\n", summaries));
        assertTrue(summaries.stream().anyMatch(summary -> summary.endsWith("Source: Báo cáo cũ. Note: cũ hết")),
                "the characters XML forbids are dropped:\n" + String.join("\n", summaries));

        assertEquals("", jing(site.resolve("data/v1/feed.atom")), "RFC 4287 RELAX NG schema");
        System.out.println("[reliability] XML outputs: " + xml.size() + " files parsed strictly (" + svgs
                + " SVG, feed, sitemap), feed valid by the RFC 4287 schema");
    }

    @Test
    void theSchemaCheckRejectsAFeedWithoutItsId() throws Exception {
        Path broken = site.resolve("broken.atom");
        Files.writeString(broken, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><updated>2025-01-01T00:00:00Z</updated>
                <author><name>a</name></author></feed>
                """);

        String report = jing(broken);

        assertEquals("broken.atom:3:39: error: Element \u201cfeed\u201d is missing required child element \u201cid\u201d.\n",
                report);
    }

    /** A snapshot with edge characters in its texts, which the API's validator accepts. */
    private static Submission accepted() {
        String body = "{\"province\": \"thanh-hoa\", \"period\": \"2025\", \"source\": {\"title\": \"" + ACCEPTED_TITLE_JSON
                + "\", \"url\": \"https://thanhhoa.gov.vn/bao-cao?a=1&b=%22x%22\"}, \"values\": [{\"indicator\": "
                + "\"action-plan-issued\", \"value\": 1, \"note\": \"" + ACCEPTED_NOTE_JSON + "\"}]}";
        Validation validation = new SubmissionValidator(Catalog.load())
                .validate(body.getBytes(StandardCharsets.UTF_8), LocalDate.parse("2026-01-02"), Set.of("thanh-hoa"));
        assertTrue(validation instanceof Validation.Valid, validation.toString());
        Submission submission = ((Validation.Valid) validation).submission();
        assertEquals(Optional.of(ACCEPTED_NOTE), submission.values().get(0).note());
        return submission;
    }

    private List<Path> xmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(file -> file.toString().endsWith(".svg") || file.toString().endsWith(".atom")
                    || file.toString().endsWith(".xml")).sorted().toList();
        }
    }

    /** The JDK's parser, namespace-aware, no DTD, and every warning or error fatal. */
    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    /** Jing's report on {@code file} against RFC 4287's schema: empty when valid. */
    private static String jing(Path file) throws IOException, InterruptedException, URISyntaxException {
        Path schema = Path.of(XmlOutputsIT.class.getResource("/vn/r57/render/atom/atom.rnc").toURI());
        Process jing = new ProcessBuilder(NuCheckerJars.java(), "-cp", NuCheckerJars.classPath(),
                "nu.validator.vendor.thaiopensource.relaxng.util.Driver", "-c", schema.toString(), file.toString())
                .redirectErrorStream(true).start();
        String report = new String(jing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(jing.waitFor(2, TimeUnit.MINUTES), "Jing finished");
        if (report.isEmpty()) {
            assertEquals(0, jing.exitValue());
        } else {
            assertNotEquals(0, jing.exitValue(), report);
        }
        return report.replace(file.toString(), file.getFileName().toString());
    }
}
