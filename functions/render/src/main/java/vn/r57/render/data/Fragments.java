package vn.r57.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.r57.core.calendar.Timeliness;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.history.Instants;
import vn.r57.core.history.Revision;
import vn.r57.core.Lang;
import vn.r57.core.progress.Assessment;
import vn.r57.core.progress.Published;
import vn.r57.core.progress.Reading;
import vn.r57.core.progress.Reason;
import vn.r57.core.progress.Target;
import vn.r57.core.snapshot.Qualifier;
import vn.r57.render.model.Harmonised;
import vn.r57.render.model.Point;
import vn.r57.render.model.Progress;
import vn.r57.render.model.Ranking;
import vn.r57.render.model.ReportingStatus;

/** The JSON shapes shared by the catalog, province and indicator files; each has one definition in the schemas. */
final class Fragments {

    private final Catalog catalog;
    private final Links links;

    Fragments(Catalog catalog, Links links) {
        this.catalog = catalog;
        this.links = links;
    }

    static Map<String, Object> names(String vi, String en) {
        return Map.of("vi", vi, "en", en);
    }

    Map<String, Object> unit(Province province) {
        return Tree.object()
                .put("id", province.id())
                .put("name", names(province.nameVi(), province.nameEn()))
                .put("type", province.type().wireName())
                .put("current", province.isCurrent())
                .put("validFrom", province.validFrom().map(Object::toString))
                .put("validTo", province.validTo().map(Object::toString))
                .put("successor", province.successorId())
                .put("predecessors", province.predecessorIds())
                .putIfNotEmpty("note", province.note())
                .put("url", links.url(Links.province(province.id())))
                .build();
    }

    Map<String, Object> indicator(Indicator indicator) {
        Tree tree = Tree.object()
                .put("id", indicator.id())
                .put("pillar", indicator.pillarId())
                .put("name", names(indicator.nameVi(), indicator.nameEn()))
                .put("valueType", indicator.valueType().wireName())
                .put("direction", indicator.direction().wireName())
                .put("yearValue", indicator.yearValue().wireName())
                .put("min", indicator.min())
                .put("max", indicator.max())
                .put("nationalTarget", indicator.nationalTarget().map(target -> Tree.object()
                        .put("value", target.value())
                        .put("year", target.year())
                        .putIfNotEmpty("note", target.note())
                        .build()))
                .put("reporting", Tree.object()
                        .put("frequency", indicator.reporting().frequency().wireName())
                        .put("dueDaysAfterPeriod", indicator.reporting().dueDays())
                        .build())
                .put("url", links.url(Links.indicator(indicator.id())));
        if (!indicator.unit().isEmpty()) {
            tree.put("unit", indicator.unit())
                    .put("unitName", names(catalog.unitName(indicator, Lang.VI), catalog.unitName(indicator, Lang.EN)));
        }
        return tree.build();
    }

    static Map<String, Object> revision(Revision revision) {
        return revisionTree(revision).build();
    }

    private static Tree revisionTree(Revision revision) {
        return Tree.object()
                .put("revision", revision.number())
                .put("value", revision.value())
                .put("qualifier", revision.qualifier().map(Qualifier::wireName))
                .put("note", revision.note())
                .put("source", Tree.object()
                        .put("title", revision.source().title())
                        .put("url", revision.source().url())
                        .build())
                .put("receivedAt", Instants.format(revision.receivedAt()))
                .put("snapshot", revision.snapshotId());
    }

    static Map<String, Object> point(Point point) {
        return revisionTree(point.current())
                .put("period", point.period().toString())
                .put("earlier", point.earlier().stream().map(Fragments::revision).toList())
                .build();
    }

    static List<Object> points(List<Point> points) {
        return points.stream().map(point -> (Object) point(point)).toList();
    }

    /** {@code subject} is "indicator" in a province file and "province" in an indicator file. */
    static Map<String, Object> status(ReportingStatus status, String subject) {
        Tree tree = statusTree(status)
                .put(subject, subject.equals("province") ? status.province() : status.indicator());
        if (!status.predecessors().isEmpty()) {
            tree.put("predecessors", status.predecessors().stream()
                    .map(predecessor -> (Object) statusTree(predecessor).put("province", predecessor.province()).build())
                    .toList());
        }
        return tree.build();
    }

    private static Tree statusTree(ReportingStatus status) {
        Tree tree = Tree.object()
                .put("period", status.period().toString())
                .put("dueDate", status.dueDate().toString())
                .put("status", status.status().wireName())
                .put("revised", status.revised())
                .put("firstReceivedAt", status.firstReceived().map(Instants::format))
                .put("revision", status.point().map(point -> point.current().number()));
        if (status.status() == Timeliness.LATE) {
            tree.put("daysLate", status.daysLate());
        }
        return tree;
    }

    /** One progress row; the computed numbers are rounded as {@link Published} says (and the schema documents). */
    static Map<String, Object> progress(Progress progress, String subject) {
        Assessment a = progress.assessment();
        Tree tree = Tree.object()
                .put(subject, subject.equals("province") ? progress.province() : progress.indicator().id())
                .put("target", a.target().map(Fragments::target))
                .put("status", a.status().wireName())
                .put("reason", a.reason().map(Reason::wireName))
                .put("base", a.base().map(Fragments::reading))
                .put("current", a.current().map(Fragments::reading))
                .put("observedRate", a.observedRate().map(Published::ratePercent))
                .put("requiredRate", a.requiredRate().map(Published::ratePercent))
                .put("ratio", a.ratio().map(Published::ratio))
                .put("thresholdCoefficient", a.coefficient().map(Published::coefficient))
                .put("projection", a.projection().map(value -> Tree.object()
                        .put("year", a.target().orElseThrow().year())
                        .put("value", Published.level(value))
                        .build()))
                .put("latest", progress.latest().map(Fragments::latest))
                .put("gap", progress.gap())
                .put("met", progress.met())
                .put("percentOfTarget", progress.percentOfTarget());
        if (a.zeroBaseReplaced()) {
            tree.put("zeroBaseReplaced", true);
        }
        if (a.zeroTargetReplaced()) {
            tree.put("zeroTargetReplaced", true);
        }
        List<Assessment.PathPoint> path = a.requiredPath();
        if (!path.isEmpty()) {
            List<Object> points = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                boolean end = i == 0 || i == path.size() - 1;
                points.add(Tree.object()
                        .put("year", path.get(i).year())
                        // The ends are the base and the target as given; only the years between are computed.
                        .put("value", end ? path.get(i).value() : Published.level(path.get(i).value()))
                        .build());
            }
            tree.put("requiredPath", points);
        }
        return tree.build();
    }

    private static Map<String, Object> target(Target target) {
        return Tree.object()
                .put("source", target.source().wireName())
                .put("value", target.value())
                .put("year", target.year())
                .put("period", target.period().map(Object::toString))
                .putIfNotEmpty("note", target.note())
                .build();
    }

    private static Map<String, Object> reading(Reading reading) {
        Tree tree = Tree.object()
                .put("year", reading.year())
                .put("period", reading.period().toString())
                .put("value", reading.value());
        if (reading.isComputedSum()) {
            tree.put("sumOf", reading.sumOf());
        }
        return tree.build();
    }

    private static Map<String, Object> latest(Point point) {
        return Tree.object()
                .put("period", point.period().toString())
                .put("value", point.current().value())
                .put("qualifier", point.current().qualifier().map(Qualifier::wireName))
                .put("revision", point.current().number())
                .build();
    }

    static Map<String, Object> ranking(Ranking ranking) {
        return Tree.object()
                .put("period", ranking.period().toString())
                .put("reporting", ranking.reporting())
                .put("of", ranking.of())
                .put("entries", ranking.entries().stream()
                        .map(entry -> (Object) Tree.object()
                                .put("rank", entry.rank())
                                .put("province", entry.province())
                                .put("value", entry.point().current().value())
                                .put("qualifier", entry.point().current().qualifier().map(Qualifier::wireName))
                                .put("revision", entry.point().current().number())
                                .build())
                        .toList())
                .build();
    }

    static Map<String, Object> harmonised(Harmonised harmonised) {
        return Tree.object()
                .put("indicator", harmonised.indicator().id())
                .put("kind", harmonised.kind().wireName())
                .put("rows", harmonised.rows().stream().map(row -> (Object) Tree.object()
                                .put("period", row.period().toString())
                                .put("values", row.values().stream().map(value -> (Object) Tree.object()
                                                .put("province", value.province())
                                                .put("value", value.value())
                                                .put("qualifier", value.qualifier().map(Qualifier::wireName))
                                                .put("revision", value.number())
                                                .put("receivedAt", Instants.format(value.receivedAt()))
                                                .build())
                                        .toList())
                                .put("missing", row.missing())
                                .put("sum", Tree.object()
                                        .put("status", row.sumStatus().wireName())
                                        .put("value", row.sum())
                                        .put("inputs", row.sum().map(sum -> row.values().stream().map(Revision::province).toList()))
                                        .build())
                                .build())
                        .toList())
                .build();
    }

    static Optional<String> version(Optional<java.time.Instant> version) {
        return version.map(Instants::format);
    }
}
