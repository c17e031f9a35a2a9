package vn.r57.store;

import vn.r57.core.catalog.Catalog;
import vn.r57.core.catalog.Province;

/** What every key store refuses before it writes a key, with the same words whichever store it is. */
public final class KeyRequests {

    static final int MAX_LABEL_LENGTH = 200;

    private KeyRequests() {}

    /** @throws IllegalArgumentException naming what is wrong: a province that is not current, or a missing or odd label */
    public static void check(Catalog catalog, String province, String label) {
        if (catalog.province(province).filter(Province::isCurrent).isEmpty()) {
            throw new IllegalArgumentException("\"" + province + "\" is not a current province or city; keys are issued to one of: "
                    + String.join(", ", catalog.currentProvinces().stream().map(Province::id).toList()));
        }
        if (label.isBlank() || label.length() > MAX_LABEL_LENGTH || label.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a key needs a label of 1 to " + MAX_LABEL_LENGTH
                    + " printable characters saying who holds it, e.g. \"Sở KH&CN Thanh Hóa – reporting script\"");
        }
    }
}
