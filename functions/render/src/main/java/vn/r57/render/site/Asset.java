package vn.r57.render.site;

/** A static file of the portal as it is published: its content-hashed address, its media type and its bytes. */
public final class Asset {

    private final String publicPath;
    private final String contentType;
    private final byte[] bytes;

    Asset(String publicPath, String contentType, byte[] bytes) {
        this.publicPath = publicPath;
        this.contentType = contentType;
        this.bytes = bytes.clone();
    }

    /** Root-relative; the name carries a hash of the content, so the file may be cached for ever. */
    public String publicPath() {
        return publicPath;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return publicPath + " (" + contentType + ", " + bytes.length + " bytes)";
    }
}
