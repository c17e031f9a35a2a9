package vn.r57.revisions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.r57.core.history.Revision;
import vn.r57.store.RevisionSource;

/** Revisions from a JSON-lines file (see {@link RevisionLines}), read once: rendering without a table. */
public final class RevisionFile implements RevisionSource {

    private final List<Revision> revisions;
    /** Grouped once: the renderer asks for every unit in turn, and a national file has tens of thousands of lines. */
    private final Map<String, List<Revision>> byProvince;

    public RevisionFile(List<Revision> revisions) {
        this.revisions = List.copyOf(revisions);
        this.byProvince = this.revisions.stream().collect(Collectors.groupingBy(Revision::province));
    }

    public static RevisionFile read(Path file) {
        return new RevisionFile(RevisionLines.read(file));
    }

    @Override
    public List<Revision> revisions(String province) {
        return List.copyOf(byProvince.getOrDefault(province, List.of()));
    }

    @Override
    public List<Revision> receivedSince(Instant since) {
        return revisions.stream()
                .filter(revision -> !revision.receivedAt().isBefore(since))
                .sorted(Comparator.comparing(Revision::receivedAt))
                .toList();
    }

    @Override
    public Optional<Instant> latestChange() {
        return revisions.stream().map(Revision::receivedAt).max(Comparator.naturalOrder());
    }
}
