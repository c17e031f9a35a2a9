package vn.r57.render.data;

import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.JsonWriter;

/**
 * {@code /data/v1/provinces/{id}.json}: every series of one unit with its full history, its reporting status, its
 * progress against national targets and, for a merged province, its predecessors side by side.
 */
final class ProvinceFile {

    private final Links links;

    ProvinceFile(Links links) {
        this.links = links;
    }

    byte[] render(RenderModel model, ProvinceData data) {
        Fragments fragments = new Fragments(model.catalog(), links);
        return JsonWriter.write(Tree.object()
                .put("$schema", links.url(Links.schema("province")))
                .put("licence", Licence.URL)
                .put("dataVersion", Fragments.version(data.dataVersion()))
                // A dissolved unit owes nothing: its file does not change with the day the statuses hold for.
                .put("statusAsOf", data.province().isCurrent() ? java.util.Optional.of(model.asOfDay().toString())
                        : java.util.Optional.empty())
                .put("province", fragments.unit(data.province()))
                .put("series", data.series().stream()
                        .map(series -> (Object) Tree.object()
                                .put("indicator", series.indicator().id())
                                .put("kind", series.kind().wireName())
                                .put("points", Fragments.points(series.points()))
                                .build())
                        .toList())
                .put("harmonised", data.harmonised().stream().map(h -> (Object) Fragments.harmonised(h)).toList())
                .put("status", data.status().stream().map(s -> (Object) Fragments.status(s, "indicator")).toList())
                .put("progress", data.progress().stream().map(p -> (Object) Fragments.progress(p, "indicator")).toList())
                .build());
    }
}
