package vn.r57.render.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.r57.core.region.Regions;
import vn.r57.render.model.IndicatorData;
import vn.r57.render.model.ProvinceData;
import vn.r57.render.model.RenderModel;
import vn.r57.render.output.Output;
import vn.r57.render.output.OutputSet;
import vn.r57.render.output.Scope;
import vn.r57.render.output.Stage;

/** The open data files under {@code /data/v1/} and their JSON Schemas. */
public final class OpenData implements OutputSet {

    /** The hand-written schemas published under {@code /data/v1/schema/}, kept in this module's resources. */
    public static final List<String> SCHEMAS = List.of("common", "catalog", "province", "indicator", "submission");
    /** The submission API's description; its one source is {@code openapi.yaml} at the repository root. */
    public static final String OPENAPI_RESOURCE = "/vn/r57/render/api/openapi.yaml";

    private final Links links;

    public OpenData(String siteUrl) {
        this.links = new Links(siteUrl);
    }

    @Override
    public List<Output> outputs(RenderModel model) {
        List<Output> outputs = new ArrayList<>();
        for (String schema : SCHEMAS) {
            outputs.add(new Output(Links.schema(schema), Output.SCHEMA, Output.CACHE_STABLE, Stage.ASSET, Scope.none(),
                    () -> schema(schema)));
        }
        outputs.add(new Output(Links.OPENAPI, Output.YAML, Output.CACHE_STABLE, Stage.ASSET, Scope.none(),
                () -> resource(OPENAPI_RESOURCE)));
        ProvinceFile provinceFile = new ProvinceFile(links);
        for (ProvinceData province : model.provinces()) {
            Set<String> scope = new HashSet<>(province.province().predecessorIds());
            scope.add(province.id());
            outputs.add(new Output(Links.province(province.id()), Output.JSON, Output.CACHE_CHANGING, Stage.DETAIL,
                    Scope.provinces(scope), () -> provinceFile.render(model, province)));
        }
        IndicatorFile indicatorFile = new IndicatorFile(links);
        for (IndicatorData indicator : model.indicators()) {
            outputs.add(new Output(Links.indicator(indicator.id()), Output.JSON, Output.CACHE_CHANGING, Stage.DETAIL,
                    Scope.indicator(indicator.id()), () -> indicatorFile.render(model, indicator)));
        }
        outputs.add(new Output(Links.CATALOG, Output.JSON, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(),
                () -> new CatalogFile(links).render(model)));
        outputs.add(new Output(Links.OBSERVATIONS, Output.CSV, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(),
                () -> new ObservationsCsv().render(model)));
        outputs.add(new Output(Links.REPORTING_STATUS, Output.CSV, Output.CACHE_CHANGING, Stage.INDEX,
                Scope.everyChange(), () -> new ReportingStatusCsv().render(model)));
        outputs.add(new Output(Links.PROGRESS, Output.CSV, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(),
                () -> new ProgressCsv().render(model)));
        // Reference data: changes with a release, never with a received value.
        outputs.add(new Output(Links.REGIONS, Output.CSV, Output.CACHE_CHANGING, Stage.INDEX, Scope.none(),
                () -> new RegionsCsv().render(Regions.load())));
        outputs.add(new Output(Links.FEED, Output.ATOM, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(),
                () -> new AtomFeed(links).render(model)));
        // Last: the package lists every file above.
        outputs.add(new Output(Links.DATAPACKAGE, Output.JSON, Output.CACHE_CHANGING, Stage.INDEX, Scope.everyChange(),
                () -> new DataPackage(links).render(model)));
        return outputs;
    }

    static byte[] schema(String name) {
        return resource("/vn/r57/render/schema/" + name + ".schema.json");
    }

    static byte[] resource(String resource) {
        try (InputStream in = OpenData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
