package vn.r57.submit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.calendar.Obligation;
import vn.r57.core.calendar.Obligations;
import vn.r57.core.calendar.ReportingCalendar;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.keys.ApiKey;
import vn.r57.core.snapshot.Kind;
import vn.r57.store.RevisionSource;

/**
 * {@code GET /v1/obligations}: every report the key's unit owes as of now, with its due date and timeliness, so that a
 * department's script or clerk can check before a deadline. For a unit formed on 1 July 2025 the periods before it
 * existed are its predecessors' reports (the key writes for them too). Reads the unit's and its predecessors'
 * revisions; the rules are {@link Obligations}'.
 */
final class ObligationsApi {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Authentication authentication;
    private final Catalog catalog;
    private final RevisionSource revisions;
    private final Clock clock;

    ObligationsApi(Authentication authentication, Catalog catalog, RevisionSource revisions, Clock clock) {
        this.authentication = authentication;
        this.catalog = catalog;
        this.revisions = revisions;
        this.clock = clock;
    }

    SnapshotsApi.Handled get(HttpRequest request) {
        Authentication.Result auth = authentication.authenticate(request);
        if (auth instanceof Authentication.Refused refused) {
            return SnapshotsApi.Handled.refused(refused.response(), Optional.empty());
        }
        ApiKey key = ((Authentication.Authenticated) auth).key();
        Province unit = catalog.province(key.province()).orElseThrow(
                () -> new IllegalStateException("key " + key.id() + " names a unit not in the catalog: " + key.province()));
        Instant asOf = clock.instant();
        Map<String, List<Instant>> receipts = new HashMap<>();
        List<Province> units = new ArrayList<>(catalog.predecessorsOf(unit));
        units.add(0, unit);
        for (Province each : units) {
            for (Revision revision : revisions.revisions(each.id())) {
                if (revision.kind() == Kind.ACTUAL) {
                    receipts.computeIfAbsent(key(each.id(), revision.indicator(), revision.period().toString()),
                            k -> new ArrayList<>()).add(revision.receivedAt());
                }
            }
        }
        List<Obligation> owed = new ArrayList<>();
        new Obligations(catalog, (id, indicator, period) -> receipts.getOrDefault(key(id, indicator, period.toString()), List.of()), asOf)
                .of(unit)
                .forEach(obligation -> flatten(obligation, owed));
        List<String> indicatorOrder = catalog.indicators().stream().map(indicator -> indicator.id()).toList();
        owed.sort(Comparator.comparing(Obligation::dueDate)
                .thenComparing(o -> indicatorOrder.indexOf(o.indicator()))
                .thenComparing(o -> units.indexOf(catalog.province(o.unit()).orElseThrow())));
        return new SnapshotsApi.Handled(HttpResponse.json(200, json(unit, asOf, owed), Map.of()), Optional.of(key),
                Optional.of(unit.id()), Optional.empty(), 0);
    }

    /** A period the unit was not established in stands for its predecessors' reports; a unit's own stand as they are. */
    private static void flatten(Obligation obligation, List<Obligation> owed) {
        if (obligation.status() == Timeliness.NOT_ESTABLISHED) {
            owed.addAll(obligation.predecessors());
        } else {
            owed.add(obligation);
        }
    }

    private static String key(String unit, String indicator, String period) {
        return unit + "/" + indicator + "/" + period;
    }

    private String json(Province unit, Instant asOf, List<Obligation> owed) {
        int[] counts = new int[Timeliness.values().length];
        owed.forEach(o -> counts[o.status().ordinal()]++);
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("province", unit.id());
            json.writeStringField("asOf", Instants.format(asOf));
            json.writeStringField("asOfDay", ReportingCalendar.day(asOf).toString());
            json.writeObjectFieldStart("counts");
            for (Timeliness status : List.of(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.MISSING, Timeliness.NOT_YET_DUE)) {
                json.writeNumberField(status.wireName(), counts[status.ordinal()]);
            }
            json.writeEndObject();
            json.writeArrayFieldStart("obligations");
            for (Obligation o : owed) {
                json.writeStartObject();
                json.writeStringField("province", o.unit());
                json.writeStringField("indicator", o.indicator());
                json.writeStringField("frequency", catalog.indicator(o.indicator()).orElseThrow().reporting().frequency().wireName());
                json.writeStringField("period", o.period().toString());
                json.writeStringField("dueDate", o.dueDate().toString());
                json.writeStringField("status", o.status().wireName());
                json.writeBooleanField("open", o.open());
                if (o.status() == Timeliness.LATE) {
                    json.writeNumberField("daysLate", o.daysLate());
                }
                if (o.firstReceived().isPresent()) {
                    json.writeStringField("firstReceivedAt", Instants.format(o.firstReceived().get()));
                }
                json.writeBooleanField("revised", o.revised());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
