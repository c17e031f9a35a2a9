package vn.r57.render.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Pillar;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.core.region.RegionScheme;
import vn.r57.core.snapshot.Kind;
import vn.r57.render.model.Point;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.model.Series;

/**
 * The compare page without JavaScript: each region of the current scheme with its units side by side, a table per
 * pillar, each cell a unit's latest actual value. The page's script replaces this with the reader's own choice.
 */
public record CompareView(RegionScheme scheme, List<RegionTables> regions, List<Province> units) {

    public record RegionTables(Region region, List<Province> units, List<PillarRows> pillars) {}

    public record PillarRows(Pillar pillar, List<Row> rows) {}

    /** @param latest per unit of the region, in the region's order: its latest actual point, if any */
    public record Row(Indicator indicator, List<Optional<Point>> latest) {}

    public static CompareView of(RenderModel model, RegionScheme scheme, Formats f) {
        List<RegionTables> regions = new ArrayList<>();
        for (Region region : scheme.regions()) {
            List<Province> units = region.unitIds().stream().map(f::province).toList();
            List<PillarRows> pillars = new ArrayList<>();
            for (Pillar pillar : model.catalog().pillars()) {
                List<Row> rows = new ArrayList<>();
                for (Indicator indicator : model.catalog().indicators()) {
                    if (indicator.pillarId().equals(pillar.id())) {
                        rows.add(new Row(indicator, units.stream()
                                .map(unit -> latest(model, unit, indicator)).toList()));
                    }
                }
                if (!rows.isEmpty()) {
                    pillars.add(new PillarRows(pillar, rows));
                }
            }
            regions.add(new RegionTables(region, units, pillars));
        }
        return new CompareView(scheme, regions, f.currentProvinces());
    }

    private static Optional<Point> latest(RenderModel model, Province unit, Indicator indicator) {
        return model.province(unit.id()).map(ProvinceData::series).orElse(List.of()).stream()
                .filter(series -> series.kind() == Kind.ACTUAL && series.indicator().equals(indicator))
                .findFirst()
                .flatMap(Series::latest);
    }
}
