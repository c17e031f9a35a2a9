package vn.r57.local.front;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The same rules as template.yaml's PagePathsFunction. */
class PagePathsTest {

    @Test
    void theRootLeadsToTheVietnamesePortal() {
        assertEquals(new PagePaths.Redirect(302, "/vi/"), PagePaths.resolve("/"));
    }

    @Test
    void aFolderServesItsIndexPage() {
        assertEquals(new PagePaths.Object("vi/index.html"), PagePaths.resolve("/vi/"));
        assertEquals(new PagePaths.Object("en/provinces/thanh-hoa/index.html"), PagePaths.resolve("/en/provinces/thanh-hoa/"));
    }

    @Test
    void aFolderWithoutItsSlashGetsOnePermanently() {
        assertEquals(new PagePaths.Redirect(301, "/vi/provinces/thanh-hoa/"), PagePaths.resolve("/vi/provinces/thanh-hoa"));
        assertEquals(new PagePaths.Redirect(301, "/vi/"), PagePaths.resolve("/vi"));
    }

    @Test
    void aRedirectNeverLeadsToAnotherHost() {
        assertEquals(new PagePaths.Redirect(301, "/evil.example/path/"), PagePaths.resolve("//evil.example/path"));
    }

    @Test
    void aFileIsServedUnderItsOwnName() {
        assertEquals(new PagePaths.Object("data/v1/provinces/thanh-hoa.json"), PagePaths.resolve("/data/v1/provinces/thanh-hoa.json"));
        assertEquals(new PagePaths.Object("404.html"), PagePaths.resolve("/404.html"));
    }

    @Test
    void dotSegmentsNameNothing() {
        assertEquals(new PagePaths.NotFound(), PagePaths.resolve("/vi/../s3/secret.json"));
        assertEquals(new PagePaths.NotFound(), PagePaths.resolve("/./vi/"));
    }
}
