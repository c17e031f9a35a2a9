package vn.r57.render.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.r57.core.catalog.Pillar;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.core.region.RegionScheme;
import vn.r57.render.model.Peers;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RegionFigures;
import vn.r57.render.model.RenderModel;
import vn.r57.render.svg.Svg;

/**
 * What a region's page shows: its scheme, units, map and figures per indicator, and for the current scheme its units
 * per progress status against each national target (progress is assessed for current units only).
 */
public record RegionView(
        Region region,
        RegionScheme scheme,
        List<Province> units,
        Optional<Svg> map,
        List<PillarFigures> pillars,
        Optional<ProgressSummary> progress,
        Optional<Instant> dataVersion) {

    /** The region's figures of one pillar's indicators. */
    public record PillarFigures(Pillar pillar, List<RegionFigures> figures) {}

    public static RegionView of(RenderModel model, Peers peers, Region region, Formats f) {
        RegionScheme scheme = peers.regions().scheme(region.scheme());
        List<Province> units = region.unitIds().stream().map(f::province).toList();
        List<RegionFigures> all = peers.region(region);
        List<PillarFigures> pillars = model.catalog().pillars().stream()
                .map(pillar -> new PillarFigures(pillar, all.stream()
                        .filter(figures -> figures.indicator().pillarId().equals(pillar.id())).toList()))
                .filter(p -> !p.figures().isEmpty())
                .toList();
        Optional<Instant> version = region.unitIds().stream()
                .map(id -> model.province(id).flatMap(ProvinceData::dataVersion))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        Set<String> members = Set.copyOf(region.unitIds());
        return new RegionView(region, scheme, units,
                scheme.isCurrent() ? Optional.of(RegionMap.of(region, f)) : Optional.empty(), pillars,
                scheme.isCurrent() ? Optional.of(ProgressSummary.of(model, members::contains)) : Optional.empty(),
                version);
    }
}
