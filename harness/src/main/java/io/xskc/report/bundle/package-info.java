/**
 * The vendor certification bundle: a deterministic zip of the evidence of one run, with a SHA-256
 * manifest signed with Ed25519, and the verifier a reviewer runs on it.
 *
 * <p>Layout of a bundle (entries sorted by name):
 * <pre>
 * MANIFEST.sha256          "&lt;hex&gt;  &lt;path&gt;" lines, sha256sum format, every entry but itself and MANIFEST.sig
 * MANIFEST.sig             Ed25519 signature of the exact bytes of MANIFEST.sha256, base64
 * allure-results/...       the Allure results directory, recursively
 * capability/&lt;file&gt;        the capability file the run used, byte for byte
 * identity.json            the device identity
 * report/index.html        the single-file report, when rendered
 * signer.pub               the signer's public key, X.509 SubjectPublicKeyInfo, PEM
 * summary.json             run metadata and one verdict per case
 * </pre>
 */
package io.xskc.report.bundle;
