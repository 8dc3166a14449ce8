package io.xskc.report.bundle;

import java.util.Set;

/** Fixed entry names of a bundle. */
final class Layout {

    static final String MANIFEST = "MANIFEST.sha256";
    static final String SIGNATURE = "MANIFEST.sig";
    static final String SIGNER = "signer.pub";
    static final String IDENTITY = "identity.json";
    static final String SUMMARY = "summary.json";
    static final String REPORT = "report/index.html";
    static final String ALLURE_PREFIX = "allure-results/";
    static final String CAPABILITY_PREFIX = "capability/";

    /** The entries the manifest cannot cover: itself and the signature over it. */
    static final Set<String> UNLISTED = Set.of(MANIFEST, SIGNATURE);

    private Layout() {
    }
}
