package vn.r57.render.page;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.r57.core.Lang;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.catalog.Province;
import vn.r57.core.region.Regions;
import vn.r57.render.data.FileSizes;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.Peers;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;
import vn.r57.render.site.Asset;
import vn.r57.render.site.PageMeta;
import vn.r57.render.site.Section;
import vn.r57.render.site.Site;
import vn.r57.render.site.SiteAssets;
import vn.r57.render.site.SitePaths;

/**
 * The portal: every page in both languages, the charts and maps as standalone SVG files, the stylesheet and icon,
 * the 404 page, robots.txt and the sitemap (the API description {@code /data/v1/openapi.yaml} is open data). Each
 * object's scope is as narrow as its content allows, so one new snapshot rewrites the pages of its unit (and the unit
 * it merged into), of its indicators, and the few pages that list everything (overview, reporting status, data page).
 */
public final class Pages {

    static final String TEXT = "text/plain; charset=utf-8";
    static final String XML = "application/xml; charset=utf-8";

    private final String siteUrl;
    private final boolean demo;
    private final SiteAssets assets = SiteAssets.load();

    /** @param demo true while the portal shows demonstration data: every page then says so */
    public Pages(String siteUrl, boolean demo) {
        this.siteUrl = siteUrl;
        this.demo = demo;
    }

    /** @param sizes the open data files of the same model, whose sizes the data page lists */
    public List<Output> outputs(RenderModel model, FileSizes sizes) {
        Site site = Site.of(siteUrl, demo, assets);
        List<Output> outputs = new ArrayList<>();
        for (Asset asset : assets.all()) {
            outputs.add(new Output(SitePaths.key(asset.publicPath()), asset.contentType(), Output.CACHE_STABLE,
                    Stage.ASSET, Scope.none(), asset::bytes));
        }
        Supplier<List<Download>> downloads = memoized(() -> downloads(model, sizes));
        DrawnCharts charts = new DrawnCharts();
        Supplier<Peers> peers = memoized(() -> Peers.of(model, Regions.load()));
        for (Lang lang : Lang.values()) {
            Formats f = new Formats(lang, model.catalog());
            for (ProvinceData province : model.provinces()) {
                provincePages(outputs, site, model, province, f, charts, peers);
            }
            PeerPages.add(outputs, site, assets, model, peers, f);
            for (IndicatorData indicator : model.indicators()) {
                indicatorPages(outputs, site, indicator, f);
            }
            String name = f.msg().text("site.name");
            outputs.add(page(SitePaths.home(lang), Stage.INDEX, Scope.everyChange(), () -> PageRenderer.render(
                    "pages/overview.jte", Map.of("page", meta(site, lang, SitePaths::home, Section.OVERVIEW, name,
                            f.msg().text("site.description")), "f", f, "model", model,
                            "view", OverviewView.of(model, f)))));
            outputs.add(page(SitePaths.progress(lang), Stage.INDEX, Scope.everyChange(), () -> PageRenderer.render(
                    "pages/progress.jte", Map.of("page", meta(site, lang, SitePaths::progress, Section.PROGRESS,
                            f.msg().text("progress.title"), f.msg().text("progress.description")), "f", f,
                            "summary", ProgressSummary.of(model)))));
            outputs.add(page(SitePaths.status(lang), Stage.INDEX, Scope.everyChange(), () -> PageRenderer.render(
                    "pages/status.jte", Map.of("page", meta(site, lang, SitePaths::status, Section.STATUS,
                            f.msg().text("status.title"), f.msg().text("status.description")), "f", f, "model", model,
                            "board", StatusBoard.of(model)))));
            outputs.add(page(SitePaths.data(lang), Stage.INDEX, Scope.everyChange(), () -> PageRenderer.render(
                    "pages/data.jte", Map.of("page", meta(site, lang, SitePaths::data, Section.DATA,
                            f.msg().text("data.title"), f.msg().text("data.description")), "f", f, "model", model,
                            "downloads", downloads.get(), "siteUrl", siteUrl))));
            outputs.add(page(SitePaths.about(lang), Stage.INDEX, Scope.none(), () -> PageRenderer.render(
                    "pages/about.jte", Map.of("page", meta(site, lang, SitePaths::about, Section.ABOUT,
                            f.msg().text("about.title"), f.msg().text("about.description")), "f", f,
                            "articles", ArticleSources.load(), "regions", Regions.load(),
                            "example", WorkedExample.of(model.catalog())))));
            outputs.add(page(SitePaths.notFound(lang), Stage.INDEX, Scope.none(), () -> PageRenderer.render(
                    "pages/notFound.jte", Map.of("page", new PageMeta(site, lang, SitePaths.notFound(lang),
                            SitePaths.notFound(lang.other()), Section.NONE, f.msg().text("notFound.title"),
                            f.msg().text("notFound.text"), false)))));
        }
        outputs.add(new Output("index.html", Output.HTML, Output.CACHE_CHANGING, Stage.INDEX, Scope.none(),
                () -> PageRenderer.render("pages/root.jte", Map.of("site", site, "viPath", SitePaths.home(Lang.VI),
                        "enPath", SitePaths.home(Lang.EN)))));
        outputs.add(new Output(SitePaths.key(SitePaths.ROBOTS), TEXT, Output.CACHE_CHANGING, Stage.INDEX,
                Scope.none(), () -> robots()));
        outputs.add(new Output(SitePaths.key(SitePaths.SITEMAP), XML, Output.CACHE_CHANGING, Stage.INDEX,
                Scope.none(), () -> Sitemap.render(siteUrl, model.catalog())));
        return outputs;
    }

    private void provincePages(List<Output> outputs, Site site, RenderModel model, ProvinceData data, Formats f,
            DrawnCharts charts, Supplier<Peers> peers) {
        Province province = data.province();
        Set<String> ids = new HashSet<>(province.predecessorIds());
        ids.add(province.id());
        Scope scope = Scope.provinces(ids);
        // The page compares the unit with its region and the nation, so any unit's new value may change it.
        Scope pageScope = Scope.everyChange();
        Lang lang = f.lang();
        for (Indicator indicator : model.catalog().indicators()) {
            if (!Charts.entries(data.series(), indicator).isEmpty()) {
                String path = SitePaths.provinceChart(lang, province.id(), indicator.id());
                outputs.add(new Output(SitePaths.key(path), Output.SVG, Output.CACHE_CHANGING, Stage.ASSET, scope,
                        () -> charts.forFile(path, () -> Charts.lineChart(data, indicator, f)
                                .orElseThrow()).markup().getBytes(StandardCharsets.UTF_8)));
            }
        }
        String name = province.name(lang);
        if (province.isCurrent()) {
            outputs.add(page(SitePaths.unitStatus(lang, province.id()), Stage.DETAIL, scope, () -> PageRenderer.render(
                    "pages/unitStatus.jte", Map.of("page", meta(site, lang, l -> SitePaths.unitStatus(l, province.id()),
                            Section.STATUS, f.msg().text("status.unit.title", name),
                            f.msg().text("status.unit.description", name)), "f", f, "model", model,
                            "view", UnitStatusView.of(model.catalog(), data)))));
        }
        outputs.add(page(SitePaths.province(lang, province.id()), Stage.DETAIL, pageScope, () -> PageRenderer.render(
                "pages/province.jte", Map.of("page", meta(site, lang, l -> SitePaths.province(l, province.id()),
                        Section.OVERVIEW, name, f.msg().text("province.description", name)), "f", f,
                        "model", model, "view", ProvinceView.of(model, data, f, indicator -> charts.forPage(
                                SitePaths.provinceChart(lang, province.id(), indicator.id()),
                                () -> Charts.lineChart(data, indicator, f))),
                        "peers", ComparisonView.of(peers.get(), province)))));
    }

    private void indicatorPages(List<Output> outputs, Site site, IndicatorData data, Formats f) {
        Indicator indicator = data.indicator();
        Scope scope = Scope.indicator(indicator.id());
        Lang lang = f.lang();
        outputs.add(new Output(SitePaths.key(SitePaths.indicatorMap(lang, indicator.id())), Output.SVG,
                Output.CACHE_CHANGING, Stage.ASSET, scope,
                () -> Charts.tileMap(data, f).markup().getBytes(StandardCharsets.UTF_8)));
        String name = indicator.name(lang);
        outputs.add(page(SitePaths.indicator(lang, indicator.id()), Stage.DETAIL, scope, () -> PageRenderer.render(
                "pages/indicator.jte", Map.of("page", meta(site, lang, l -> SitePaths.indicator(l, indicator.id()),
                        Section.OVERVIEW, name, f.msg().text("indicator.description", name)), "f", f,
                        "view", IndicatorView.of(data, f)))));
    }

    private static Output page(String path, Stage stage, Scope scope, Supplier<byte[]> content) {
        return new Output(SitePaths.key(path), Output.HTML, Output.CACHE_CHANGING, stage, scope, content);
    }

    private static PageMeta meta(Site site, Lang lang, java.util.function.Function<Lang, String> path,
            Section section, String title, String description) {
        return PageMeta.of(site, lang, path.apply(lang), path.apply(lang.other()), section, title, description);
    }

    /** Every open data file with its size, rendered from the same model (so the sizes are the published ones). */
    private static List<Download> downloads(RenderModel model, FileSizes sizes) {
        List<Download> downloads = new ArrayList<>();
        downloads.add(download("data.file.observations", Optional.empty(), SitePaths.OBSERVATIONS, "CSV", sizes,
                Optional.of(SitePaths.DATA_PACKAGE)));
        downloads.add(download("data.file.progress", Optional.empty(), SitePaths.PROGRESS_CSV, "CSV", sizes,
                Optional.of(SitePaths.DATA_PACKAGE)));
        downloads.add(download("data.file.reportingStatus", Optional.empty(), SitePaths.REPORTING_STATUS, "CSV", sizes,
                Optional.of(SitePaths.DATA_PACKAGE)));
        downloads.add(download("data.file.catalog", Optional.empty(), SitePaths.CATALOG, "JSON", sizes,
                Optional.of(schema("catalog"))));
        downloads.add(download("data.file.regions", Optional.empty(), "/" + vn.r57.render.data.Links.REGIONS, "CSV",
                sizes, Optional.of(SitePaths.DATA_PACKAGE)));
        downloads.add(download("data.file.package", Optional.empty(), SitePaths.DATA_PACKAGE, "JSON", sizes,
                Optional.empty()));
        downloads.add(download("data.file.feed", Optional.empty(), SitePaths.FEED, "Atom", sizes, Optional.empty()));
        downloads.add(download("data.file.openapi", Optional.empty(), SitePaths.OPENAPI, "YAML", sizes,
                Optional.of(schema("submission"))));
        for (Indicator indicator : model.catalog().indicators()) {
            downloads.add(download("data.file.indicator", Optional.of(indicator.id()),
                    "/" + vn.r57.render.data.Links.indicator(indicator.id()), "JSON", sizes,
                    Optional.of(schema("indicator"))));
        }
        for (Province province : model.catalog().provinces()) {
            downloads.add(download("data.file.province", Optional.of(province.id()),
                    "/" + vn.r57.render.data.Links.province(province.id()), "JSON", sizes,
                    Optional.of(schema("province"))));
        }
        return downloads;
    }

    private static String schema(String name) {
        return "/" + vn.r57.render.data.Links.schema(name);
    }

    private static Download download(String labelKey, Optional<String> argument, String href, String format,
            FileSizes sizes, Optional<String> schema) {
        long size = sizes.size(href.substring(1)).orElseThrow(() ->
                new IllegalStateException("the data page lists a file the open data does not publish: " + href));
        return new Download(labelKey, argument, href, format, size, schema);
    }

    private byte[] robots() {
        return PageRenderer.render("text/robots.jte", Map.of("sitemap", siteUrl + SitePaths.SITEMAP));
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
