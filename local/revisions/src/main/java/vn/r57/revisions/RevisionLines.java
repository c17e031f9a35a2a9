package vn.r57.revisions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.json.JsonNumber;
import vn.r57.core.json.JsonReader;
import vn.r57.core.json.MalformedJsonException;
import vn.r57.core.period.Period;
import vn.r57.core.snapshot.Kind;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.core.snapshot.Source;

/**
 * Revisions as JSON lines, one object per line, for rendering without a table ({@code portal render --revisions FILE}) and
 * for test fixtures:
 * <pre>{"province":"thanh-hoa","indicator":"on-time-admin-processing","kind":"actual","period":"2024","revision":2,
 * "value":99.510,"qualifier":"estimate","note":"...","source":{"title":"...","url":"https://..."},
 * "receivedAt":"2025-02-01T03:00:00.000Z","snapshot":"th-2"}</pre>
 * {@code qualifier}, {@code note} and {@code source.url} are optional. Blank lines and lines starting with {@code #} are
 * skipped. Numbers keep their exact text.
 */
public final class RevisionLines {

    /** Holds no state of its own between documents, so the parsing threads share it. */
    private static final JsonReader READER = new JsonReader(4);

    private RevisionLines() {}

    /**
     * The revisions of a file, read and parsed a batch of lines at a time: a national file is 23 MB, and holding all
     * of it as text while parsing made every young collection of the parse copy it.
     */
    public static List<Revision> read(Path file) {
        List<Revision> revisions = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Batch batch = new Batch(file.toString(), revisions);
            char[] buffer = new char[1 << 16];
            StringBuilder partial = new StringBuilder();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                int start = 0;
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        batch.add(partial.isEmpty() ? new String(buffer, start, i - start)
                                : partial.append(buffer, start, i - start).toString());
                        partial.setLength(0);
                        start = i + 1;
                    }
                }
                partial.append(buffer, start, read - start);
            }
            batch.add(partial.toString());
            batch.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return revisions;
    }

    /** The revisions of {@code text}, in line order; a malformed line fails with the first such line's number. */
    public static List<Revision> parse(String text, String name) {
        List<Revision> revisions = new ArrayList<>();
        Batch batch = new Batch(name, revisions);
        for (String line : text.split("\n", -1)) {
            batch.add(line);
        }
        batch.parse();
        return revisions;
    }

    /**
     * Lines waiting to be parsed. Lines are independent, and a national file has tens of thousands: a batch is parsed
     * on every core (in the common pool, whose threads are daemons), and a failure is reported for the first bad line
     * in file order.
     */
    private static final class Batch {

        private static final int LINES = 4096;

        private final String name;
        private final List<Revision> revisions;
        private final List<String> lines = new ArrayList<>(LINES);
        private int firstLineNumber = 1;

        Batch(String name, List<Revision> revisions) {
            this.name = name;
            this.revisions = revisions;
        }

        void add(String line) {
            lines.add(line);
            if (lines.size() == LINES) {
                parse();
            }
        }

        void parse() {
            List<Line> parsed = IntStream.range(0, lines.size()).parallel()
                    .mapToObj(i -> line(lines.get(i), firstLineNumber + i, name))
                    .toList();
            for (Line line : parsed) {
                if (line.malformed().isPresent()) {
                    throw line.malformed().get();
                }
                line.revision().ifPresent(revisions::add);
            }
            firstLineNumber += lines.size();
            lines.clear();
        }
    }

    /** One line's outcome: its revision, nothing (a blank line or a comment), or what is wrong with it. */
    private record Line(Optional<Revision> revision, Optional<IllegalArgumentException> malformed) {}

    private static Line line(String text, int number, String name) {
        String line = text.strip();
        if (line.isEmpty() || line.startsWith("#")) {
            return new Line(Optional.empty(), Optional.empty());
        }
        try {
            return new Line(Optional.of(revision(READER.read(line.getBytes(StandardCharsets.UTF_8)))), Optional.empty());
        } catch (MalformedJsonException | RuntimeException e) {
            return new Line(Optional.empty(),
                    Optional.of(new IllegalArgumentException(name + " line " + number + ": " + e.getMessage(), e)));
        }
    }

    private static Revision revision(Object json) {
        Map<?, ?> object = (Map<?, ?>) json;
        Map<?, ?> source = (Map<?, ?>) required(object, "source");
        String kind = text(object, "kind");
        String period = text(object, "period");
        return new Revision(
                text(object, "province"),
                text(object, "indicator"),
                Kind.fromWireName(kind).orElseThrow(() -> new IllegalArgumentException("unknown kind " + kind)),
                Period.parse(period).orElseThrow(() -> new IllegalArgumentException("bad period " + period)),
                Integer.parseInt(((JsonNumber) required(object, "revision")).text()),
                new BigDecimal(((JsonNumber) required(object, "value")).text()),
                optionalText(object, "qualifier").map(name -> Qualifier.fromWireName(name)
                        .orElseThrow(() -> new IllegalArgumentException("unknown qualifier " + name))),
                optionalText(object, "note"),
                new Source(text(source, "title"), optionalText(source, "url")),
                Instants.parse(text(object, "receivedAt")),
                text(object, "snapshot"));
    }

    private static Object required(Map<?, ?> object, String name) {
        Object value = object.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing \"" + name + "\"");
        }
        return value;
    }

    private static String text(Map<?, ?> object, String name) {
        return (String) required(object, name);
    }

    private static Optional<String> optionalText(Map<?, ?> object, String name) {
        return Optional.ofNullable((String) object.get(name));
    }
}
