package vn.r57.core.region;

import java.util.List;
import vn.r57.core.Lang;

/** One socio-economic region of one scheme; its units in reference order. */
public record Region(String id, String scheme, String nameVi, String nameEn, List<String> unitIds) {

    public Region {
        unitIds = List.copyOf(unitIds);
    }

    public String name(Lang lang) {
        return lang == Lang.VI ? nameVi : nameEn;
    }
}
