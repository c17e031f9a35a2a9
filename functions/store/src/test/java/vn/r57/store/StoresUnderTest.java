package vn.r57.store;

/**
 * One store's three faces, empty, as a contract test gets them: a new instance for every test method, so tests
 * neither see nor disturb each other's data. {@code cleanUp} runs after the test (closing files, say).
 */
public record StoresUnderTest(SubmissionStore submissions, RevisionSource revisions, KeyStore keys, AutoCloseable cleanUp) {

    public StoresUnderTest(SubmissionStore submissions, RevisionSource revisions, KeyStore keys) {
        this(submissions, revisions, keys, () -> {});
    }
}
