package vn.r57.core.json;

/** A JSON number exactly as it appeared in the text, so no digit is lost or invented by conversion. */
public record JsonNumber(String text) {

    public boolean hasExponent() {
        return text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
    }
}
