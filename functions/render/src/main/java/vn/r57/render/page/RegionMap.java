package vn.r57.render.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.render.site.SitePaths;
import vn.r57.render.svg.Svg;
import vn.r57.render.svg.TileMap;

/**
 * A region of the current scheme on the tile map of the 34 units: its units dark and marked in words, the others
 * light and marked "other region", so the map reads without colour. The map only knows today's units, so regions of
 * the earlier scheme are listed, not drawn.
 */
final class RegionMap {

    private RegionMap() {}

    static Svg of(Region region, Formats f) {
        Map<String, TileMap.Tile> tiles = new LinkedHashMap<>();
        for (Province province : f.currentProvinces()) {
            boolean member = region.unitIds().contains(province.id());
            tiles.put(province.id(), TileMap.Tile.of(member ? TileMap.Bucket.Q5 : TileMap.Bucket.Q1,
                    f.msg().text(member ? "region.map.member" : "region.map.other"),
                    SitePaths.province(f.lang(), province.id())));
        }
        List<TileMap.LegendEntry> legend = List.of(
                new TileMap.LegendEntry(TileMap.Bucket.Q5, f.msg().text("region.map.legend.member", region.name(f.lang()))),
                new TileMap.LegendEntry(TileMap.Bucket.Q1, f.msg().text("region.map.legend.other")));
        return TileMap.render(new TileMap.Spec("region-" + region.id(), f.lang(),
                f.msg().text("region.map.title", region.name(f.lang())),
                f.msg().text("region.map.description", region.name(f.lang()), f.count(region.unitIds().size()),
                        f.list(region.unitIds().stream().map(f::provinceName).toList())),
                legend, tiles));
    }
}
