package vn.r57.render.page;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Region;
import vn.r57.core.region.Regions;
import vn.r57.render.model.Peers;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;
import vn.r57.render.site.PageMeta;
import vn.r57.render.site.Section;
import vn.r57.render.site.Site;
import vn.r57.render.site.SiteAssets;
import vn.r57.render.site.SitePaths;

/**
 * The pages about units among their peers: the list of regions, a page per region of each scheme (with its map for
 * the current scheme), and the compare page. A region page depends on every unit of the region (and, for a unit
 * formed in 2025, the units it was formed from, whose values date its "updated" line and are the base of its
 * progress; the year of the data version that progress also depends on changes the calendar, which rebuilds all).
 */
final class PeerPages {

    private PeerPages() {}

    /** @param peerSupplier the peers of the model, built once for both languages when a region page needs them */
    static void add(List<Output> outputs, Site site, SiteAssets assets, RenderModel model,
            Supplier<Peers> peerSupplier, Formats f) {
        Regions regions = Regions.load();
        Lang lang = f.lang();
        outputs.add(page(SitePaths.regions(lang), Stage.INDEX, Scope.none(), () -> PageRenderer.render(
                "pages/regions.jte", Map.of("page", PageMeta.of(site, lang, SitePaths.regions(lang),
                        SitePaths.regions(lang.other()), Section.REGIONS, f.msg().text("regions.title"),
                        f.msg().text("regions.description")), "f", f, "regions", regions))));
        for (Region region : regions.all()) {
            Scope scope = Scope.provinces(unitsBehind(model, region));
            String name = region.name(lang);
            if (regions.scheme(region.scheme()).isCurrent()) {
                outputs.add(new Output(SitePaths.key(SitePaths.regionMap(lang, region.id())), Output.SVG,
                        Output.CACHE_CHANGING, Stage.ASSET, Scope.none(),
                        () -> RegionMap.of(region, f).markup().getBytes(StandardCharsets.UTF_8)));
            }
            outputs.add(page(SitePaths.region(lang, region.id()), Stage.DETAIL, scope, () -> PageRenderer.render(
                    "pages/region.jte", Map.of("page", PageMeta.of(site, lang, SitePaths.region(lang, region.id()),
                            SitePaths.region(lang.other(), region.id()), Section.REGIONS, name,
                            f.msg().text("region.description", name)), "f", f,
                            "view", RegionView.of(model, peerSupplier.get(), region, f)))));
        }
        // Every unit of the current scheme is on it, so any new value may change it.
        outputs.add(page(SitePaths.compare(lang), Stage.INDEX, Scope.everyChange(), () -> PageRenderer.render(
                "pages/compare.jte", Map.of("page", PageMeta.of(site, lang, SitePaths.compare(lang),
                        SitePaths.compare(lang.other()), Section.REGIONS, f.msg().text("compare.title"),
                        f.msg().text("compare.description")), "f", f,
                        "view", CompareView.of(model, regions.current(), f),
                        "script", assets.compareScript().publicPath()))));
    }

    private static Set<String> unitsBehind(RenderModel model, Region region) {
        Set<String> ids = new HashSet<>();
        for (String id : region.unitIds()) {
            ids.add(id);
            model.catalog().province(id).map(Province::predecessorIds).ifPresent(ids::addAll);
        }
        return ids;
    }

    private static Output page(String path, Stage stage, Scope scope, Supplier<byte[]> content) {
        return new Output(SitePaths.key(path), Output.HTML, Output.CACHE_CHANGING, stage, scope, content);
    }
}
