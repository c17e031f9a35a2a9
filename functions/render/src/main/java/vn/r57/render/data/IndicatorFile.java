package vn.r57.render.data;

import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.JsonWriter;

/** {@code /data/v1/indicators/{id}.json}: one indicator across every unit and period, with a ranking. */
final class IndicatorFile {

    private final Links links;

    IndicatorFile(Links links) {
        this.links = links;
    }

    byte[] render(RenderModel model, IndicatorData data) {
        Fragments fragments = new Fragments(model.catalog(), links);
        return JsonWriter.write(Tree.object()
                .put("$schema", links.url(Links.schema("indicator")))
                .put("licence", Licence.URL)
                .put("dataVersion", Fragments.version(data.dataVersion()))
                .put("statusAsOf", model.asOfDay().toString())
                .put("indicator", fragments.indicator(data.indicator()))
                .put("series", data.series().stream()
                        .map(series -> (Object) Tree.object()
                                .put("province", series.province().id())
                                .put("kind", series.kind().wireName())
                                .put("points", Fragments.points(series.points()))
                                .build())
                        .toList())
                .put("ranking", data.ranking().map(Fragments::ranking))
                .put("status", data.status().stream().map(s -> (Object) Fragments.status(s, "province")).toList())
                .put("progress", data.progress().stream().map(p -> (Object) Fragments.progress(p, "province")).toList())
                .build());
    }
}
