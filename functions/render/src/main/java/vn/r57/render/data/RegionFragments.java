package vn.r57.render.data;

import java.util.List;
import java.util.Map;
import vn.r57.core.region.Region;
import vn.r57.core.region.RegionScheme;
import vn.r57.core.region.Regions;

/** The region schemes as {@code catalog.json} lists them: each scheme with its validity, source and regions. */
final class RegionFragments {

    private RegionFragments() {}

    static List<Object> schemes(Regions regions) {
        return regions.schemes().stream().map(scheme -> (Object) scheme(scheme)).toList();
    }

    private static Map<String, Object> scheme(RegionScheme scheme) {
        return Tree.object()
                .put("id", scheme.id())
                .put("validFrom", scheme.validFrom().map(Object::toString))
                .put("validTo", scheme.validTo().map(Object::toString))
                .put("units", scheme.units())
                .put("legalBasis", scheme.legalBasis())
                .put("checkedAgainst", scheme.checkedAgainst())
                .put("primarySourceConfirmed", scheme.primarySourceConfirmed())
                .put("regions", scheme.regions().stream().map(region -> (Object) region(region)).toList())
                .build();
    }

    private static Map<String, Object> region(Region region) {
        return Tree.object()
                .put("id", region.id())
                .put("name", Fragments.names(region.nameVi(), region.nameEn()))
                .put("units", region.unitIds())
                .build();
    }
}
