package vn.r57.render.data;

import java.util.Map;
import vn.r57.render.output.JsonWriter;
import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Indicator;
import vn.r57.core.history.Instants;
import vn.r57.core.region.Regions;
import vn.r57.render.model.RenderModel;

/** {@code /data/v1/catalog.json}: what can be reported, by whom, under which licence, and where each file is. */
final class CatalogFile {

    private final Links links;

    CatalogFile(Links links) {
        this.links = links;
    }

    byte[] render(RenderModel model) {
        Catalog catalog = model.catalog();
        Fragments fragments = new Fragments(catalog, links);
        String version = Instants.format(model.generatedAt());
        return JsonWriter.write(Tree.object()
                .put("$schema", links.url(Links.schema("catalog")))
                .put("title", Fragments.names(Publication.TITLE_VI, Publication.TITLE_EN))
                .put("generatedAt", version)
                .put("dataVersion", Fragments.version(model.dataVersion()))
                .put("licence", Map.of("id", Licence.ID, "title", Licence.TITLE, "url", Licence.URL))
                .put("citation", Fragments.names(
                        Publication.citationVi(links, version), Publication.citationEn(links, version)))
                .put("statusAsOf", model.asOfDay().toString())
                .put("reportingCalendar", model.calendar().stream()
                        .map(entry -> (Object) Tree.object()
                                .put("frequency", entry.frequency().wireName())
                                .put("period", entry.period().toString())
                                .put("dueDate", entry.dueDate().toString())
                                .put("state", entry.open() ? "open" : entry.due() ? "due" : "reporting")
                                .put("indicators", entry.indicators().stream().map(Indicator::id).toList())
                                .build())
                        .toList())
                .put("files", Tree.object()
                        .put("observations", links.url(Links.OBSERVATIONS))
                        .put("reportingStatus", links.url(Links.REPORTING_STATUS))
                        .put("datapackage", links.url(Links.DATAPACKAGE))
                        .put("feed", links.url(Links.FEED))
                        .put("regions", links.url(Links.REGIONS))
                        .put("schemas", links.url(Links.SCHEMA_DIR))
                        .build())
                .put("pillars", catalog.pillars().stream()
                        .map(pillar -> (Object) Tree.object()
                                .put("id", pillar.id())
                                .put("name", Fragments.names(pillar.nameVi(), pillar.nameEn()))
                                .build())
                        .toList())
                .put("indicators", catalog.indicators().stream().map(i -> (Object) fragments.indicator(i)).toList())
                .put("provinces", catalog.provinces().stream().map(p -> (Object) fragments.unit(p)).toList())
                .put("regionSchemes", RegionFragments.schemes(Regions.load()))
                .build());
    }
}
