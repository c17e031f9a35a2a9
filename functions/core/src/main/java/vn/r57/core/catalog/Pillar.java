package vn.r57.core.catalog;

import vn.r57.core.Lang;

/** A thematic group of indicators. */
public record Pillar(String id, String nameVi, String nameEn) {

    public String name(Lang lang) {
        return lang == Lang.VI ? nameVi : nameEn;
    }
}
